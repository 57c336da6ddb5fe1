package io.veille.ingester.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veille.ingester.Fixtures;
import org.junit.jupiter.api.Test;

class UnsafeXmlTest {
    private final FeedParser parser = new FeedParser();

    private FeedParseException refusal(String fixture) {
        try {
            parser.parse(Fixtures.bytes("parse/" + fixture), null, null);
        } catch (FeedParseException e) {
            return e;
        }
        throw new AssertionError(fixture + " was accepted");
    }

    @Test
    void externalEntityReadingAFileIsRefused() {
        FeedParseException e = refusal("xxe-file.xml");
        assertThat(e.reason()).isEqualTo(FeedParseException.Reason.UNSAFE);
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void externalParameterEntityIsRefusedWithoutAnyRequest() {
        assertThat(refusal("xxe-parameter-entity.xml").reason()).isEqualTo(FeedParseException.Reason.UNSAFE);
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        FeedParseException e = refusal("billion-laughs.xml");
        assertThat(e.reason()).isEqualTo(FeedParseException.Reason.UNSAFE);
        long grown = (rt.totalMemory() - rt.freeMemory()) - before;
        assertThat(grown).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void externalDtdIsNeverReadAndItsFeedStillParses() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("parse/external-dtd-file.xml"), null, null);
        assertThat(feed.entries().get(0).title()).isEqualTo("External DTD is never read");
        assertThat(feed.entries().get(0).summaryHtml()).doesNotContain("root:");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        assertThat(refusal("deeply-nested.xml").reason()).isEqualTo(FeedParseException.Reason.TOO_DEEP);
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[" + "[".repeat(500) + "]".repeat(500) + "]}";
        assertThatThrownBy(() -> parser.parse(json.getBytes(), null, null))
                .isInstanceOfSatisfying(FeedParseException.class,
                        e -> assertThat(e.reason()).isEqualTo(FeedParseException.Reason.TOO_DEEP));
    }
}
