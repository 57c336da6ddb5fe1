package io.veille.ingester.cli;

import io.veille.common.config.VeilleConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line errors that are caught before any Kafka connection. */
class IngesterCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final VeilleConfig config = VeilleConfig.defaults().with("kafka.bootstrap-servers", "127.0.0.1:1");

    @Test
    void anUnreadableFeedsFileIsBadInput(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("feeds.opml");
        Files.writeString(bad, "<opml><body><outline");
        int code = IngestCommandAccess.run(config, new PrintWriter(out), new PrintWriter(err), "--once", "--feeds", bad.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("veille ingest: " + bad).contains("OPML").hasLineCount(1);
    }

    @Test
    void addingSomethingThatIsNotAFeedUrlIsBadInput() {
        int code = IngestCommandAccess.feeds(config, new PrintWriter(out), new PrintWriter(err), "add", "javascript:alert(1)");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("not an http(s) feed URL").hasLineCount(1);
    }

    @Test
    void importingAMissingFileIsBadInput(@TempDir Path dir) {
        int code = IngestCommandAccess.feeds(config, new PrintWriter(out), new PrintWriter(err), "import", dir.resolve("none.yaml").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read");
    }
}
