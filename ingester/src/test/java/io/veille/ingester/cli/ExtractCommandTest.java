package io.veille.ingester.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.veille.common.event.EventJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    static final Path PAGE = Path.of("..", "samples", "feeds", "pages", "security", "passkeys-adoption-banks.html");
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return new CommandLine(new ExtractCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void printsTitleAndMainText() {
        assertThat(run(PAGE.toString())).isZero();
        assertThat(out.toString()).startsWith("Passkeys reach retail banking, but recovery flows remain the weak spot\n\nThree large retail banks")
                .doesNotContain("cookies");
    }

    @Test
    void jsonLineCarriesMetadataTextAndSanitizedHtml() throws Exception {
        assertThat(run("--json", PAGE.toString())).isZero();
        JsonNode line = EventJson.mapper().readTree(out.toString().strip());
        assertThat(line.path("source").asText()).isEqualTo(PAGE.toString());
        assertThat(line.path("title").asText()).startsWith("Passkeys reach retail banking");
        assertThat(line.path("byline").asText()).isEqualTo("Tomás Quiroga");
        assertThat(line.path("publishedAt").asText()).isEqualTo("2026-01-30T11:45:00Z");
        assertThat(line.path("lang").asText()).isEqualTo("en");
        assertThat(line.path("text").asText()).contains("Security teams watching the rollout");
        assertThat(line.path("html").asText()).startsWith("<").doesNotContain("<script");
    }

    @Test
    void pageWithoutArticleTextFailsWithOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        assertThat(run(empty.toString(), PAGE.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(empty + ": no article text found");
        assertThat(out.toString()).contains("==> " + PAGE + " <==");
    }
}
