package io.veille.enricher.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.enricher.SeedArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TagCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        String[] lines() {
            return out.isEmpty() ? new String[0] : out.split("\n");
        }
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TagCommand command = new TagCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = new CommandLine(command).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String line(Map<String, Object> fields) throws IOException {
        return JSON.writeValueAsString(fields);
    }

    @Test
    void eachLineComesBackInOrderWithWhatWasUnderstood() throws IOException {
        String input = line(Map.of("title", SeedArticles.CONSULTATION_TITLE, "text", SeedArticles.CONSULTATION_TEXT,
                "publishedAt", "2026-01-08T09:00:00Z", "source", "blog"))
                + "\n" + line(Map.of("title", "Ransomware gang hits hospital", "contentHtml",
                "<p>A ransomware attack encrypted the hospital's servers; attackers demand a ransom.</p>"));
        Run run = run(input);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(2);
        JsonNode first = JSON.readTree(run.lines()[0]);
        assertThat(first.get("source").asText()).isEqualTo("blog");
        assertThat(first.get("language").asText()).isEqualTo("fr");
        assertThat(first.get("topics").findValuesAsText("id")).contains("open-source", "digital-sovereignty", "policy-regulation");
        assertThat(first.get("topics").get(0).get("matched").size()).isPositive();
        assertThat(first.get("events").isArray()).isTrue();
        assertThat(first.get("sponsored").asBoolean()).isFalse();
        assertThat(first.get("storyId").asText()).startsWith("s-");
        assertThat(first.get("readingTimeMinutes").asInt()).isEqualTo(1);
        JsonNode second = JSON.readTree(run.lines()[1]);
        assertThat(second.get("language").asText()).isEqualTo("en");
        assertThat(second.get("topics").findValuesAsText("id")).contains("security");
    }

    @Test
    void aMalformedLineIsReportedAndTheOthersStillProcessedWithExitStatus2() throws IOException {
        String good = line(Map.of("title", "Kubernetes 1.36 is out", "text", "The container orchestrator ships a new release."));
        String input = good + "\n{not json\n" + line(Map.of("text", "no title")) + "\n[1,2]\n"
                + line(Map.of("title", "no body")) + "\n" + good + "\n";
        Run run = run(input);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.err().split("\n")).hasSize(4)
                .anySatisfy(l -> assertThat(l).startsWith("veille tag: line 2: not JSON"))
                .anySatisfy(l -> assertThat(l).isEqualTo("veille tag: line 3: no title"))
                .anySatisfy(l -> assertThat(l).isEqualTo("veille tag: line 4: not a JSON object"))
                .anySatisfy(l -> assertThat(l).isEqualTo("veille tag: line 5: neither text nor contentHtml"));
    }

    @Test
    void aBadPublicationDateIsAMalformedLine() throws IOException {
        Run run = run(line(Map.of("title", "t", "text", "x", "publishedAt", "yesterday")));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("publishedAt");
    }

    @Test
    void aUserTaxonomyAddsATopic() throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, "version: 'mine'\ntopics:\n  - { id: quantum, terms: { en: { qubit: 3 } } }\n");
        Run run = run(line(Map.of("title", "A 1,000-qubit chip", "text", "The qubit count doubled.")), "--taxonomy", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(JSON.readTree(run.out()).get("topics").findValuesAsText("id")).containsExactly("quantum");
    }

    @Test
    void anUnreadableTaxonomyIsBadUsage() {
        Run run = run("", "--taxonomy", dir.resolve("absent.yaml").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().split("\n")).hasSize(1);
        assertThat(run.err()).contains("absent.yaml");
    }
}
