package io.veille.ingester.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.ingester.Fixtures;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedFormatsTest {
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String fixture) throws FeedParseException {
        return parser.parse(Fixtures.bytes("parse/" + fixture), null, URI.create("https://demo.veille.test/feed"));
    }

    @ParameterizedTest(name = "{0} is read as {1} with {2} items")
    @CsvSource({
            "rss-0.90.rdf, RSS_0_90, 2",
            "rss-0.91.xml, RSS_0_9X, 1",
            "rss-0.92.xml, RSS_0_9X, 1",
            "rss-1.0-rdf.xml, RSS_1_0, 1",
            "rss-2.0.xml, RSS_2_0, 2",
            "atom-0.3.xml, ATOM_0_3, 1",
            "atom-1.0.xml, ATOM_1_0, 2",
            "jsonfeed-1.0.json, JSON_FEED_1_0, 2",
            "jsonfeed-1.1.json, JSON_FEED_1_1, 1"})
    void recognisesEveryFormatFromItsContent(String fixture, FeedFormat format, int items) throws Exception {
        ParsedFeed feed = parse(fixture);
        assertThat(feed.format()).isEqualTo(format);
        assertThat(feed.entries()).hasSize(items);
        assertThat(feed.entries()).allSatisfy(e -> assertThat(e.title() != null || e.contentHtml() != null).isTrue());
    }

    @Test
    void formatIsDetectedFromContentNotFromTheFileName() throws Exception {
        byte[] atom = Fixtures.bytes("parse/atom-1.0.xml");
        ParsedFeed feed = parser.parse(atom, "application/rss+xml", URI.create("https://demo.veille.test/rss.json"));
        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_1_0);
    }

    @Test
    void rss2ItemCarriesContentEnclosureMediaThumbnailAuthorAndRawDate() throws Exception {
        FeedEntry e = parse("rss-2.0.xml").entries().get(0);
        assertThat(e.contentHtml()).contains("bit-for-bit identical");
        assertThat(e.summaryHtml()).contains("Short teaser");
        assertThat(e.authors()).containsExactly("Nadia Okafor");
        assertThat(e.publishedRaw()).isEqualTo("Tue, 03 Feb 2026 09:30:00 +0100");
        assertThat(e.categories()).containsExactly("open-source", "builds");
        assertThat(e.enclosures()).extracting(FeedEntry.Enclosure::url)
                .containsExactly("https://demo.veille.test/media/episode-42.mp3");
        assertThat(e.imageUrls()).containsExactly("https://demo.veille.test/media/thumb-42.jpg");
        assertThat(e.guid()).isEqualTo("pipeline-0042");
    }

    @Test
    void atomEntryKeepsItsOwnXmlBaseAndLanguage() throws Exception {
        ParsedFeed feed = parse("atom-1.0.xml");
        assertThat(feed.language()).isEqualTo("en");
        FeedEntry second = feed.entries().get(1);
        assertThat(second.base()).isEqualTo(URI.create("https://demo.veille.test/other/"));
        assertThat(second.language()).isEqualTo("fr");
        assertThat(second.contentHtml()).contains("<strong>XHTML</strong>");
        assertThat(feed.entries().get(0).publishedRaw()).isEqualTo("2026-01-30T07:45:00Z");
        assertThat(feed.entries().get(0).updatedRaw()).isEqualTo("2026-01-31T10:00:00+02:00");
    }

    @Test
    void rdfItemsReadDublinCoreDateCreatorAndLanguage() throws Exception {
        ParsedFeed feed = parse("rss-1.0-rdf.xml");
        assertThat(feed.language()).isEqualTo("fr");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.title()).isEqualTo("Souveraineté numérique : un rapport sénatorial");
        assertThat(e.publishedRaw()).isEqualTo("2026-01-12T08:15:00+01:00");
        assertThat(e.authors()).containsExactly("Claire Dubois");
    }

    @Test
    void atom03IssuedDateAndEscapedContentAreRead() throws Exception {
        FeedEntry e = parse("atom-0.3.xml").entries().get(0);
        assertThat(e.publishedRaw()).isEqualTo("2025-11-01T10:00:00Z");
        assertThat(e.contentHtml()).contains("<p>Some blogs never upgraded.</p>");
    }

    @Test
    void jsonFeed10TextContentBecomesParagraphsAndFeedAuthorIsInherited() throws Exception {
        ParsedFeed feed = parse("jsonfeed-1.0.json");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.contentHtml()).isEqualTo("<p>First paragraph.</p><p>Second paragraph.</p>");
        assertThat(first.authors()).containsExactly("Mina Park");
        assertThat(first.categories()).containsExactly("ai", "models");
        assertThat(feed.entries().get(1).link()).isEqualTo("https://demo.veille.test/elsewhere");
    }

    @Test
    void jsonFeed11ReadsAuthorsLanguageAttachmentsAndImage() throws Exception {
        ParsedFeed feed = parse("jsonfeed-1.1.json");
        assertThat(feed.language()).isEqualTo("fr-FR");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.authors()).containsExactly("Léa Martin");
        assertThat(e.language()).isEqualTo("fr");
        assertThat(e.enclosures()).extracting(FeedEntry.Enclosure::length).containsExactly(4096L);
        assertThat(e.imageUrls()).containsExactly("/json11/cnil.png");
        assertThat(e.summaryHtml()).isEqualTo("Traceurs &amp; consentement");
    }
}
