package io.veille.ingester.it;

import io.veille.common.config.VeilleConfig;
import io.veille.ingester.cli.IngestCommandAccess;
import io.veille.ingester.registry.FeedIds;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code veille feeds …} and {@code veille ingest --once} on the real broker. */
@ExtendWith(LocalStackExtension.class)
class FeedsCommandIT {

    private static String[] feeds(VeilleConfig config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IngestCommandAccess.feeds(config, new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void importListExportAddRemoveAndHealthAfterAFailedPass(LocalStack stack, @TempDir Path dir) throws Exception {
        String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        VeilleConfig config = VeilleConfig.defaults()
                .with("kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                .with("topics.prefix", prefix)
                .with("ingester.http.per-host-delay", "0s");
        try (SampleServer server = new SampleServer()) {
            String good = server.feedUrls().get(0).toString();
            Path opml = dir.resolve("subs.opml");
            Files.writeString(opml, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <opml version="2.0"><head><title>Abonnements</title></head><body>
                      <outline text="Infra"><outline type="rss" text="Local" xmlUrl="%s"/></outline>
                    </body></opml>
                    """.formatted(good));
            String[] imported = feeds(config, "import", opml.toString());
            assertThat(imported[0]).as(imported[2]).isEqualTo("0");
            assertThat(imported[1]).contains("imported 1 feeds (1 new)");

            String[] added = feeds(config, "add", "https://feeds.example.org/rss?utm_source=x", "--tag", "news");
            assertThat(added[0]).isEqualTo("0");
            String addedId = FeedIds.of("https://feeds.example.org/rss");
            assertThat(added[1]).startsWith(addedId);

            // loopback not allowed here: the local feed is refused by the SSRF guard and shown as failing
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = IngestCommandAccess.run(config, new PrintWriter(out), new PrintWriter(err), "--once");
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("refused").contains("loopback");

            String[] list = feeds(config, "list");
            assertThat(list[1].lines()).hasSize(3);
            assertThat(list[1]).containsPattern(FeedIds.of(good) + "\tFAILING\t1\t-\t\\S+\t" + java.util.regex.Pattern.quote(good) + "\tInfra\t.*refused");

            String[] export = feeds(config, "export");
            assertThat(export[1]).contains("<opml version=\"2.0\">").contains("<outline text=\"Infra\"")
                    .contains("xmlUrl=\"" + good + "\"").contains("<outline text=\"news\"");

            assertThat(feeds(config, "remove", addedId)[0]).isEqualTo("0");
            assertThat(feeds(config, "list")[1]).doesNotContain(addedId);
            assertThat(feeds(config, "remove", addedId)[0]).isEqualTo("2");
        }
    }
}
