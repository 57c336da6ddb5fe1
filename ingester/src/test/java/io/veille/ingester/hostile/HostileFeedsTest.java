package io.veille.ingester.hostile;

import io.veille.common.event.ArticleIds;
import io.veille.common.event.RawArticle;
import io.veille.ingester.normalize.ArticleNormalizer;
import io.veille.ingester.normalize.FeedContext;
import io.veille.ingester.parse.FeedParseException;
import io.veille.ingester.parse.FeedParser;
import io.veille.ingester.parse.ParsedFeed;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Feeds written to hurt the ingester: entity tricks, oversized documents and fields, broken bytes,
 * missing or absurd metadata. Each is refused with a reason or read into bounded, well-formed
 * articles; none throws anything else, and none makes the parser do unbounded work.
 */
class HostileFeedsTest {
    private static final Instant FETCHED = Instant.parse("2026-02-10T12:00:00Z");
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private static List<RawArticle> normalize(byte[] body, String feedId, String feedUrl) throws FeedParseException {
        URI url = URI.create(feedUrl);
        ParsedFeed parsed = new FeedParser().parse(body, "application/rss+xml", url);
        return new ArticleNormalizer().normalize(parsed, new FeedContext(feedId, url, feedId, FETCHED));
    }

    private static List<RawArticle> normalize(String rss) throws FeedParseException {
        return normalize(rss.getBytes(StandardCharsets.UTF_8), "hostile", "https://hostile.example/feed.xml");
    }

    private static String channel(String items) {
        return HEAD + "<rss version=\"2.0\"><channel><title>Hostile</title><link>https://hostile.example/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void quadraticBlowUpEntityDefinedOnceAndReferencedManyTimesIsRefusedUnexpanded() {
        // one 50 KB entity, referenced 50,000 times: 2.5 GB once expanded, from a 400 KB document
        String big = "a".repeat(50_000);
        String body = HEAD + "<!DOCTYPE rss [<!ENTITY big \"" + big + "\">]>"
                + "<rss version=\"2.0\"><channel><title>q</title><link>https://hostile.example/</link><item><title>t</title>"
                + "<description>" + "&big;".repeat(50_000) + "</description></item></channel></rss>";
        assertThatThrownBy(() -> new FeedParser().parse(body.getBytes(StandardCharsets.UTF_8), null, null))
                .isInstanceOf(FeedParseException.class)
                .satisfies(e -> assertThat(((FeedParseException) e).reason()).isEqualTo(FeedParseException.Reason.UNSAFE));
    }

    @Test
    void aHugeAttributeAndAHugeElementAreReadWithinTheFieldLimit() throws Exception {
        String huge = "x".repeat(4 * 1024 * 1024);
        String rss = channel("<item huge=\"" + huge + "\"><title>Attribut énorme</title><link>https://hostile.example/a</link>"
                + "<description>court</description></item>"
                + "<item><title>Élément énorme</title><link>https://hostile.example/b</link><description>" + huge
                + "</description></item>");
        List<RawArticle> articles = normalize(rss);
        assertThat(articles).extracting(RawArticle::title).containsExactly("Attribut énorme", "Élément énorme");
        assertThat(articles.get(1).contentHtml().length()).isLessThanOrEqualTo(512 * 1024 + 64);
        assertThat(articles.get(1).text().length()).isLessThanOrEqualTo(512 * 1024);
    }

    @Test
    void invalidUtf8SequencesNeverBreakTheFeedAndItsOtherItemsSurvive() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(channel("").substring(0, channel("").indexOf("</channel>")).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("<item><title>Octets cassés ".getBytes(StandardCharsets.UTF_8));
        // a lone continuation byte, an overlong '/', a truncated 3-byte sequence, a UTF-16 surrogate, bytes past U+10FFFF
        out.writeBytes(new byte[] {(byte) 0x80, ' ', (byte) 0xC0, (byte) 0xAF, ' ', (byte) 0xE2, (byte) 0x82, ' ',
                (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, ' ', (byte) 0xFF});
        out.writeBytes(("</title><link>https://hostile.example/broken</link><description>x</description></item>"
                + "<item><title>Été indemne</title><link>https://hostile.example/fine</link><description>y</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        List<RawArticle> articles = normalize(out.toByteArray(), "hostile", "https://hostile.example/feed.xml");
        assertThat(articles).extracting(RawArticle::url)
                .containsExactly("https://hostile.example/broken", "https://hostile.example/fine");
        assertThat(articles.get(0).title()).startsWith("Octets cassés");
        assertThat(articles).allSatisfy(a -> assertThat(a.title().codePoints())
                .noneMatch(c -> Character.getType(c) == Character.SURROGATE || c == 0));
    }

    @Test
    void aOneMegabyteTitleIsCutToFiveHundredCharacters() throws Exception {
        String title = "Titre démesuré ".repeat(70_000); // 1 MB of UTF-8
        assertThat(title.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1_000_000);
        RawArticle a = normalize(channel("<item><title>" + title + "</title><link>https://hostile.example/t</link>"
                + "<description>z</description></item>")).get(0);
        assertThat(a.title()).startsWith("Titre démesuré").hasSizeLessThanOrEqualTo(500);
    }

    @Test
    void aHundredThousandItemsGiveTheFirstThousandOnly() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            items.append("<item><title>n").append(i).append("</title><link>https://hostile.example/").append(i).append("</link></item>");
        }
        String rss = channel(items.toString());
        assertThat(rss.length()).isLessThan(10 * 1024 * 1024); // under the byte limit: the item limit is what cuts
        ParsedFeed parsed = new FeedParser().parse(rss.getBytes(StandardCharsets.UTF_8), null, URI.create("https://hostile.example/feed.xml"));
        assertThat(parsed.entries()).hasSize(1000);
        assertThat(parsed.entries().get(999).title()).isEqualTo("n999");
        assertThat(parsed.warnings()).isNotEmpty();
    }

    @Test
    void itemsWithoutLinkIdOrDateGetDistinctStableIdsAndTheFetchTime() throws Exception {
        String rss = channel("<item><title>Sans lien ni guid</title><description>Premier texte.</description></item>"
                + "<item><title>Autre sans rien</title><description>Second texte.</description></item>"
                + "<item><description>Ni titre, ni lien, ni date.</description></item>");
        List<RawArticle> first = normalize(rss);
        List<RawArticle> again = normalize(rss);
        assertThat(first).hasSize(3);
        assertThat(first).extracting(RawArticle::id).doesNotHaveDuplicates()
                .containsExactlyElementsOf(again.stream().map(RawArticle::id).toList());
        assertThat(first).allSatisfy(a -> {
            assertThat(a.url()).isEqualTo("https://hostile.example/");
            assertThat(a.publishedAt()).isEqualTo(FETCHED);
            assertThat(a.dateMissing()).isTrue();
        });
    }

    @Test
    void aDateInTheYear9999IsNotBelievedAndTheArticleIsKept() throws Exception {
        List<RawArticle> articles = normalize(channel(
                "<item><title>Futur lointain</title><link>https://hostile.example/9999</link>"
                        + "<pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate></item>"
                        + "<item><title>ISO</title><link>https://hostile.example/iso</link>"
                        + "<pubDate>9999-12-31T23:59:59Z</pubDate></item>"));
        assertThat(articles).hasSize(2).allSatisfy(a -> {
            assertThat(a.publishedAt()).isEqualTo(FETCHED);
            assertThat(a.updatedAt() == null || !a.updatedAt().isAfter(FETCHED)).isTrue();
        });
    }

    @Test
    void theSameGuidInTwoFeedsGivesTwoDistinctArticlesEachKeepingItsOwnContent() throws Exception {
        String item = "<item><guid isPermaLink=\"false\">article-42</guid><title>%s</title><description>%s</description></item>";
        byte[] feedA = channel(String.format(item, "Dans le flux A", "Texte de A.")).getBytes(StandardCharsets.UTF_8);
        byte[] feedB = channel(String.format(item, "In feed B", "Text of B.")).getBytes(StandardCharsets.UTF_8);
        RawArticle a = normalize(feedA, "feed-a", "https://a.example/feed.xml").get(0);
        RawArticle b = normalize(feedB, "feed-b", "https://b.example/feed.xml").get(0);
        assertThat(a.id()).isEqualTo(ArticleIds.fromGuid("feed-a", "article-42"));
        assertThat(b.id()).isEqualTo(ArticleIds.fromGuid("feed-b", "article-42"));
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.title()).isEqualTo("Dans le flux A");
        assertThat(b.title()).isEqualTo("In feed B");
        assertThat(a.feedId()).isEqualTo("feed-a");
        assertThat(b.feedId()).isEqualTo("feed-b");
    }

    @Test
    void theSameGuidOnDifferentLinksInTwoFeedsStaysTwoArticles() throws Exception {
        String item = "<item><guid>1</guid><title>%s</title><link>%s</link><description>t</description></item>";
        RawArticle a = normalize(channel(String.format(item, "A", "https://a.example/post")).getBytes(StandardCharsets.UTF_8),
                "feed-a", "https://a.example/feed.xml").get(0);
        RawArticle b = normalize(channel(String.format(item, "B", "https://b.example/post")).getBytes(StandardCharsets.UTF_8),
                "feed-b", "https://b.example/feed.xml").get(0);
        Set<String> ids = new HashSet<>(List.of(a.id(), b.id()));
        assertThat(ids).hasSize(2);
    }
}
