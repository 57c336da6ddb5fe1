package io.veille.ingester.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.ingester.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotAFeedTest {
    private final FeedParser parser = new FeedParser();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "html-page.html | NOT_A_FEED | an HTML page, not a feed",
            "html-page-advertising-feed.html | NOT_A_FEED | it advertises a feed at https://demo.veille.test/blog/feed.xml",
            "empty-body.xml | EMPTY | empty document",
            "whitespace-only.xml | EMPTY | empty document",
            "broken-beyond-repair.xml | MALFORMED | not well-formed XML, even after repair",
            "json-not-a-feed.json | NOT_A_FEED | not a JSON Feed",
            "unknown-xml-root.xml | NOT_A_FEED | no <rss>, <rdf:RDF>, <feed> root"})
    void refusesWithAOneLineReason(String fixture, FeedParseException.Reason reason, String message) {
        FeedParseException e = null;
        try {
            parser.parse(Fixtures.bytes("parse/" + fixture), null, null);
        } catch (FeedParseException x) {
            e = x;
        }
        assertThat(e).as(fixture + " must be refused").isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).contains(message).doesNotContain("\n");
    }
}
