package io.veille.indexer.cli;

import io.veille.indexer.testing.Articles;
import io.veille.indexer.testing.IndexerFixture;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The search, digest and reindex commands on a real index. */
@ExtendWith(LocalStackExtension.class)
class CommandsIT {

    record Run(int exit, String out, String err) {
    }

    static Run run(ConfiguredCommand command, IndexerFixture world, String... args) {
        command.setConfig(world.config);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void searchPrintsATableOrJsonLinesAndRefusesBadInputWithExitCode2(LocalStack stack) {
        try (IndexerFixture world = new IndexerFixture(stack, "it-cli-search")) {
            Instant now = Instant.now();
            world.indexAll(IntStream.range(0, 6).mapToObj(n -> Articles.article(n, now.minus(n, ChronoUnit.HOURS), 0)).toList());

            Run table = run(new SearchCommand(), world, "container", "--since", "7d");
            assertThat(table.exit()).isZero();
            assertThat(table.out()).contains("TITLE").contains("Weekly Infra").contains("cloud-native").contains("3 articles found");

            Run json = run(new SearchCommand(), world, "--topic", "devops-events", "--lang", "fr", "--json");
            assertThat(json.exit()).isZero();
            assertThat(json.out().lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));

            Run bad = run(new SearchCommand(), world, "x", "--since", "someday");
            assertThat(bad.exit()).isEqualTo(2);
            assertThat(bad.err().lines()).hasSize(1);
            assertThat(bad.err()).contains("since");
        }
    }

    @Test
    void digestGroupsByTopicAndSaysSoWhenNothingIsNew(LocalStack stack) throws Exception {
        try (IndexerFixture world = new IndexerFixture(stack, "it-cli-digest")) {
            Run empty = run(new DigestCommand(), world, "--since", "24h");
            assertThat(empty.exit()).isZero();
            assertThat(empty.err()).contains("Nothing new since");

            Instant now = Instant.now();
            world.indexAll(IntStream.range(0, 10).mapToObj(n -> Articles.article(n, now.minus(n, ChronoUnit.HOURS), 0)).toList());
            Path out = Files.createTempFile("digest", ".html");
            Run html = run(new DigestCommand(), world, "--since", "24h", "--format", "html", "--out", out.toString());
            assertThat(html.exit()).isZero();
            String page = Files.readString(out);
            assertThat(page).contains("<h2>devops-events", "<h2>cloud-native", "Upcoming events and deadlines");

            Run md = run(new DigestCommand(), world, "--since", "24h", "--topic", "open-source");
            assertThat(md.out()).contains("## open-source").doesNotContain("## cloud-native");

            assertThat(run(new DigestCommand(), world, "--format", "pdf").exit()).isEqualTo(2);
        }
    }

    @Test
    void reindexMovesTheAliasAndKeepsTheOldIndex(LocalStack stack) {
        try (IndexerFixture world = new IndexerFixture(stack, "it-cli-reindex")) {
            world.indexAll(IntStream.range(0, 5).mapToObj(Articles::article).toList());
            Run reindex = run(new ReindexCommand(), world);
            assertThat(reindex.exit()).isZero();
            assertThat(reindex.out()).contains("now points to it-cli-reindex-articles-v2 (5 documents").contains("Kept it-cli-reindex-articles-v1");
            assertThat(reindex.err()).contains("100%");
        }
    }
}
