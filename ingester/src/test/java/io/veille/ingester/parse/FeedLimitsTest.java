package io.veille.ingester.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.ingester.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedLimitsTest {

    /** A 50 MB RSS feed produced on the fly, counting the bytes anyone read from it. */
    static final class HugeFeed extends InputStream {
        static final long SIZE = 50L * 1024 * 1024;
        private final byte[] head = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>"
                + "<link>https://demo.veille.test/huge/</link><description>d</description>").getBytes(StandardCharsets.UTF_8);
        private final byte[] item = ("<item><title>A repeated item</title><link>https://demo.veille.test/huge/x</link>"
                + "<description>" + "Lorem ipsum dolor sit amet. ".repeat(30) + "</description></item>\n")
                .getBytes(StandardCharsets.UTF_8);
        long position;

        @Override
        public int read() {
            if (position >= SIZE) {
                return -1;
            }
            long p = position++;
            if (p < head.length) {
                return head[(int) p];
            }
            return item[(int) ((p - head.length) % item.length)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= SIZE) {
                return -1;
            }
            int n = 0;
            while (n < len && position < SIZE) {
                b[off + n++] = (byte) read();
            }
            return n;
        }
    }

    @Test
    void fiftyMegabyteFeedIsCutAtTheLimitAfterItsLastCompleteItem() throws IOException, FeedParseException {
        FeedLimits limits = new FeedLimits(1024 * 1024, 100_000, 512 * 1024, 64);
        HugeFeed huge = new HugeFeed();
        ParsedFeed feed = new FeedParser(limits).parse(huge, null, null);
        assertThat(huge.position).isLessThanOrEqualTo(limits.maxBytes() + 1L);
        assertThat(feed.entries()).hasSizeGreaterThan(100);
        assertThat(feed.entries()).allSatisfy(e -> assertThat(e.title()).isEqualTo("A repeated item"));
        assertThat(feed.warnings()).anyMatch(w -> w.contains("cut after the last complete item"));
    }

    @Test
    void defaultLimitReadsNoMoreThanTenMegabytesOfAFiftyMegabyteFeed() throws IOException, FeedParseException {
        HugeFeed huge = new HugeFeed();
        ParsedFeed feed = new FeedParser().parse(huge, null, null);
        assertThat(huge.position).isLessThanOrEqualTo(FeedLimits.DEFAULT.maxBytes() + 1L);
        assertThat(feed.entries()).hasSize(FeedLimits.DEFAULT.maxItems());
    }

    @Test
    void itemsPastTheLimitAreDropped() throws FeedParseException {
        ParsedFeed feed = new FeedParser(new FeedLimits(1 << 20, 10, 1000, 64))
                .parse(Fixtures.bytes("parse/items-over-limit.xml"), null, null);
        assertThat(feed.entries()).hasSize(10);
        assertThat(feed.entries().get(9).title()).isEqualTo("Item 9");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("more than the limit"));
    }

    @Test
    void longFieldsAreTruncated() throws FeedParseException {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://demo.veille.test/</link><description>d</description>"
                + "<item><title>Long</title><link>https://demo.veille.test/1</link><description>" + "x".repeat(5000)
                + "</description></item></channel></rss>";
        ParsedFeed feed = new FeedParser(new FeedLimits(1 << 20, 10, 1000, 64)).parse(rss.getBytes(), null, null);
        assertThat(feed.entries().get(0).summaryHtml()).hasSize(1000);
    }

    @Test
    void truncatedDocumentWithoutACompleteItemIsRefused() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>" + "y".repeat(4000);
        FeedParser small = new FeedParser(new FeedLimits(1000, 10, 1000, 64));
        try {
            small.parse(rss.getBytes(), null, null);
            throw new AssertionError("accepted");
        } catch (FeedParseException e) {
            assertThat(e.getMessage()).contains("no complete item");
        }
    }
}
