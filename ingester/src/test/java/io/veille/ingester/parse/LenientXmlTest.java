package io.veille.ingester.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.ingester.Fixtures;
import org.junit.jupiter.api.Test;

class LenientXmlTest {
    private final FeedParser parser = new FeedParser();

    private FeedEntry first(String fixture) throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("parse/" + fixture), null, null);
        assertThat(feed.entries()).isNotEmpty();
        return feed.entries().get(0);
    }

    @Test
    void unescapedAmpersandsInTextAndAttributesAreRead() throws Exception {
        FeedEntry e = first("unescaped-ampersand.xml");
        assertThat(e.title()).isEqualTo("Tom & Jerry & Co");
        assertThat(e.summaryHtml()).isEqualTo("Q&A with R&D");
        assertThat(e.link()).isEqualTo("https://demo.veille.test/l/1?a=1&b=2");
    }

    @Test
    void phpWarningBeforeThePrologIsCutAway() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("parse/junk-before-prolog.xml"), null, null);
        assertThat(feed.entries().get(0).title()).isEqualTo("Survived the PHP warning");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("junk before"));
    }

    @Test
    void whitespaceBeforeThePrologIsAccepted() throws Exception {
        assertThat(first("leading-whitespace-before-prolog.xml").title()).isEqualTo("Whitespace first");
    }

    @Test
    void htmlNamedEntitiesAreDecodedAndUnknownOnesKeptLiterally() throws Exception {
        FeedEntry e = first("html-entities-in-xml.xml");
        assertThat(e.title()).isEqualTo("Café & crème\u00a0brûlée — …");
        assertThat(e.summaryHtml()).isEqualTo("Prix\u00a0: 5€ © &unknownentity; fin");
    }

    @Test
    void nestedCdataIsFlattened() throws Exception {
        assertThat(first("nested-cdata.xml").summaryHtml()).isEqualTo("<p>Outer inner text continues</p>");
    }

    @Test
    void escapedHtmlInsideCdataIsKeptForTheNormalizerToUnescape() throws Exception {
        assertThat(first("escaped-html-inside-cdata.xml").summaryHtml())
                .isEqualTo("&lt;p&gt;Double &lt;strong&gt;escaped&lt;/strong&gt; body&lt;/p&gt;");
    }

    @Test
    void controlCharactersXmlForbidsAreRemoved() throws Exception {
        FeedEntry e = first("control-characters.xml");
        assertThat(e.title()).isEqualTo("Bell and vertical tab");
        assertThat(e.summaryHtml()).isEqualTo("Null byte  reference");
    }

    @Test
    void rssWithoutVersionIsReadAsRss2() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("parse/missing-rss-version.xml"), null, null);
        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_2_0);
        assertThat(feed.entries().get(0).title()).isEqualTo("Versionless");
    }

    @Test
    void atomWithoutNamespaceIsReadAsAtom10() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("parse/atom-without-namespace.xml"), null, null);
        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_1_0);
        assertThat(feed.entries().get(0).link()).isEqualTo("https://demo.veille.test/nons/1");
    }

    @Test
    void bareLessThanInTextIsEscaped() throws Exception {
        FeedEntry e = first("bare-less-than-in-text.xml");
        assertThat(e.title()).isEqualTo("When 3 < 5 holds");
        assertThat(e.summaryHtml()).isEqualTo("a < b and c <= d");
    }

    @Test
    void junkAfterTheRootElementIsIgnored() throws Exception {
        assertThat(first("trailing-junk-after-root.xml").title()).isEqualTo("Trailing junk");
    }

    @Test
    void harmlessNetscapeDoctypeIsDroppedNotRefused() throws Exception {
        assertThat(first("rss-0.91.xml").title()).isEqualTo("Mailing list archives move to a new host");
    }
}
