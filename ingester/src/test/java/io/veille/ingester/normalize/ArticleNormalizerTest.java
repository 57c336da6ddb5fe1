package io.veille.ingester.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.common.event.ArticleIds;
import io.veille.common.event.RawArticle;
import io.veille.ingester.Fixtures;
import io.veille.ingester.parse.FeedParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {
    private static final Instant FETCHED = Instant.parse("2026-02-10T12:00:00Z");
    private static final URI FEED = URI.create("https://demo.veille.test/feed.xml");
    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    private List<RawArticle> articles(byte[] feed) throws Exception {
        return normalizer.normalize(new FeedParser().parse(feed, null, FEED), new FeedContext("feed-1", FEED, "fixture", FETCHED));
    }

    private List<RawArticle> articles(String fixture) throws Exception {
        return articles(Fixtures.bytes("parse/" + fixture));
    }

    @Test
    void trackingParametersFragmentAndHostCaseLeaveTheCanonicalUrl() throws Exception {
        RawArticle a = articles("tracking-parameters.xml").get(0);
        assertThat(a.url()).isEqualTo("https://demo.veille.test/t/post?id=12&page=2");
        assertThat(a.id()).isEqualTo(ArticleIds.fromCanonicalUrl("https://demo.veille.test/t/post?id=12&page=2"));
        assertThat(a.links()).containsExactly("https://demo.veille.test/t/other?q=1");
    }

    @Test
    void rss2ItemBecomesACompleteRawArticle() throws Exception {
        RawArticle a = articles("rss-2.0.xml").get(0);
        assertThat(a.url()).isEqualTo("https://demo.veille.test/pipeline/reproducible-builds");
        assertThat(a.title()).isEqualTo("Reproducible builds land in the toolchain");
        assertThat(a.authors()).containsExactly("Nadia Okafor");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-02-03T08:30:00Z"));
        assertThat(a.dateMissing()).isFalse();
        assertThat(a.text()).isEqualTo("The toolchain now produces bit-for-bit identical artefacts.\n\nSecond paragraph");
        assertThat(a.links()).containsExactly("https://demo.veille.test/pipeline/bit-for-bit");
        assertThat(a.images()).containsExactly("https://demo.veille.test/media/thumb-42.jpg",
                "https://demo.veille.test/pipeline/img/diagram.png");
        assertThat(a.enclosures()).containsExactly(
                new RawArticle.Enclosure("https://demo.veille.test/media/episode-42.mp3", "audio/mpeg", 123456L));
        assertThat(a.categories()).containsExactly("open-source", "builds");
        assertThat(a.languageHint()).isEqualTo("en");
        assertThat(a.feedId()).isEqualTo("feed-1");
        assertThat(a.source()).isEqualTo("fixture");
        assertThat(a.fetchedAt()).isEqualTo(FETCHED);
        assertThat(a.contentHtml()).contains("rel=\"noopener noreferrer\"");
    }

    @Test
    void escapedHtmlDescriptionIsReadAsHtml() throws Exception {
        RawArticle a = articles("rss-2.0.xml").get(1);
        assertThat(a.contentHtml()).isEqualTo("<p>Escaped <b>HTML</b> description.</p>");
        assertThat(a.text()).isEqualTo("Escaped HTML description.");
    }

    @Test
    void doubleEscapedHtmlInsideCdataIsUnescapedOnce() throws Exception {
        RawArticle a = articles("escaped-html-inside-cdata.xml").get(0);
        assertThat(a.contentHtml()).isEqualTo("<p>Double <strong>escaped</strong> body</p>");
    }

    @Test
    void titleIsPlainTextWhateverTheEscaping() throws Exception {
        assertThat(articles("atom-1.0.xml").get(0).title()).isEqualTo("Kernel ‹3 Rust: the second wave");
        assertThat(articles("atom-1.0.xml").get(1).title()).isEqualTo("Un titre XHTML");
        assertThat(articles("html-entities-in-xml.xml").get(0).title()).isEqualTo("Café & crème brûlée — …");
    }

    @Test
    void relativeItemLinksResolveAgainstTheSiteLinkAndFragmentIsDropped() throws Exception {
        RawArticle a = articles("relative-links-rss.xml").get(0);
        assertThat(a.url()).isEqualTo("https://demo.veille.test/blog/relative-post");
        assertThat(a.links()).containsExactly("https://demo.veille.test/about");
        assertThat(a.images()).containsExactly("https://demo.veille.test/blog/pic.jpg");
    }

    @Test
    void atomXmlBaseResolvesEntryLinks() throws Exception {
        List<RawArticle> list = articles("atom-1.0.xml");
        assertThat(list.get(0).url()).isEqualTo("https://demo.veille.test/atom/posts/kernel-rust");
        assertThat(list.get(0).links()).containsExactly("https://demo.veille.test/atom/notes/drivers");
        assertThat(list.get(1).url()).isEqualTo("https://demo.veille.test/other/article");
        assertThat(list.get(1).languageHint()).isEqualTo("fr");
        assertThat(list.get(0).updatedAt()).isEqualTo(Instant.parse("2026-01-31T08:00:00Z"));
    }

    @Test
    void itemWithoutLinkTakesItsIdFromFeedAndGuid() throws Exception {
        List<RawArticle> list = articles("guid-only-no-link.xml");
        RawArticle guidOnly = list.get(0);
        assertThat(guidOnly.id()).isEqualTo(ArticleIds.fromGuid("feed-1", "item-7781"));
        assertThat(guidOnly.url()).isEqualTo("https://demo.veille.test/g/");
        RawArticle permalink = list.get(1);
        assertThat(permalink.url()).isEqualTo("https://demo.veille.test/g/permalink");
    }

    @Test
    void missingDateTakesTheFetchTimeAndIsFlagged() throws Exception {
        RawArticle a = articles("missing-dates.xml").get(0);
        assertThat(a.publishedAt()).isEqualTo(FETCHED);
        assertThat(a.dateMissing()).isTrue();
    }

    @Test
    void frenchLocalizedDatesAreRead() throws Exception {
        List<RawArticle> list = articles("localized-french-dates.xml");
        assertThat(list).extracting(RawArticle::publishedAt).containsExactly(
                Instant.parse("2026-02-03T08:30:00Z"), Instant.parse("2026-01-05T13:00:00Z"), Instant.parse("2025-08-01T00:00:00Z"));
        assertThat(list).noneMatch(RawArticle::dateMissing);
    }

    @Test
    void dateFarInTheFutureIsClampedToTheFetchTime() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://demo.veille.test/</link><description>d</description>"
                + "<item><title>Future</title><link>https://demo.veille.test/f</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item></channel></rss>";
        assertThat(articles(rss.getBytes(StandardCharsets.UTF_8)).get(0).publishedAt()).isEqualTo(FETCHED);
    }

    @Test
    void contentHashIgnoresWhitespaceMarkupAndTrackingNoise() throws Exception {
        String a = item("<p>Same   words here.</p><p><a href=\"https://demo.veille.test/x?utm_source=a\">link</a></p>");
        String b = item("<div>Same words\n here.</div>\n<p><a href=\"https://demo.veille.test/x?utm_source=b&amp;fbclid=z\">link</a></p>");
        String c = item("<p>Different words here.</p><p><a href=\"https://demo.veille.test/x\">link</a></p>");
        String hashA = articles(a.getBytes(StandardCharsets.UTF_8)).get(0).contentHash();
        assertThat(articles(b.getBytes(StandardCharsets.UTF_8)).get(0).contentHash()).isEqualTo(hashA);
        assertThat(articles(c.getBytes(StandardCharsets.UTF_8)).get(0).contentHash()).isNotEqualTo(hashA);
    }

    @Test
    void shortDescriptionWithoutFullContentIsAnExcerpt() throws Exception {
        assertThat(articles("rss-0.92.xml").get(0).excerptOnly()).isTrue();
        assertThat(articles("rss-2.0.xml").get(0).excerptOnly()).isFalse();
    }

    @Test
    void bulletSeparatorParagraphsAreDroppedFromText() throws Exception {
        String rss = item("<p>Real paragraph.</p><p>  •  </p><p>Source</p><p>&nbsp;•&nbsp;</p>");
        assertThat(articles(rss.getBytes(StandardCharsets.UTF_8)).get(0).text()).isEqualTo("Real paragraph.\n\nSource");
    }

    @Test
    void jsonFeedRelativeImageIsResolvedAgainstTheFeedUrl() throws Exception {
        RawArticle a = articles("jsonfeed-1.1.json").get(0);
        assertThat(a.images()).containsExactly("https://demo.veille.test/json11/cnil.png");
        assertThat(a.url()).isEqualTo("https://demo.veille.test/json11/cnil?id=7");
        assertThat(a.updatedAt()).isEqualTo(Instant.parse("2026-01-23T09:00:00Z"));
    }

    private static String item(String html) {
        return "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title>"
                + "<link>https://demo.veille.test/</link><description>d</description><item><title>Same</title>"
                + "<link>https://demo.veille.test/same</link><content:encoded><![CDATA[" + html + "]]></content:encoded>"
                + "</item></channel></rss>";
    }
}
