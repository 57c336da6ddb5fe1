package io.veille.ingester.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.common.event.RawArticle;
import io.veille.ingester.Fixtures;
import io.veille.ingester.parse.FeedParser;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every payload of the corpus, placed in content, summary, title and link, must come out harmless. */
class XssCorpusTest {
    private static final URI BASE = URI.create("https://demo.veille.test/blog/");
    private static final Set<String> ACTIVE = Set.of("script", "style", "iframe", "object", "embed", "form", "input",
            "button", "textarea", "select", "base", "meta", "link", "svg", "math", "frame", "frameset", "applet",
            "portal", "template", "video", "audio", "source", "xmp", "plaintext", "noscript", "isindex", "keygen",
            "marquee", "details", "bgsound", "area", "map", "animate", "set", "foreignobject");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "srcset", "formaction", "action",
            "background", "dynsrc", "lowsrc", "xlink:href", "srcdoc", "usemap", "id", "name", "class");
    private static final Pattern RASTER = Pattern.compile("^data:image/(png|gif|jpe?g|webp|avif);base64,.*", Pattern.DOTALL);
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]");

    static Stream<String> payloads() {
        return Fixtures.text("normalize/xss-payloads.txt").lines().filter(l -> !l.isBlank());
    }

    @Test
    void corpusHoldsAtLeastAHundredPayloads() {
        assertThat(payloads().count()).isGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"(?i)<script", "(?i)\\son[a-z]+\\s*=", "(?i)javascript:",
            "(?i)data:text/html", "(?i)<svg", "(?i)<math", "(?i)expression\\(", "(?i)-moz-binding|behavior:",
            "(?i)<style", "(?i)<noscript|<template|<textarea|<title", "(?i)</p>.*<img|<p><b><i>|<table><td>",
            "(?i)<!--", "(?i)vbscript:", "(?i)xlink:href"})
    void corpusCoversEveryFamilyOfAttack(String family) {
        Pattern p = Pattern.compile(family);
        assertThat(payloads().filter(l -> p.matcher(l).find()).count()).as(family).isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void sanitizedContentKeepsNothingActive(String payload) {
        assertSafeHtml(HtmlSanitizer.sanitize(payload, BASE));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void rssItemWithThePayloadEverywhereComesOutHarmless(String payload) throws Exception {
        String escaped = Entities.escape(payload);
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>x</title><link>https://demo.veille.test/blog/</link><description>d</description>"
                + "<item><title>" + escaped + "</title><link>" + escaped + "</link>"
                + "<author>" + escaped + "</author><category>" + escaped + "</category>"
                + "<enclosure url=\"" + attribute(payload) + "\" type=\"image/png\" length=\"1\"/>"
                + "<description>" + escaped + "</description>"
                + "<content:encoded><![CDATA[<p>before</p>" + payload.replace("]]>", "") + "<p>after</p>]]></content:encoded>"
                + "</item><item><title><![CDATA[" + payload.replace("]]>", "") + "]]></title>"
                + "<link>https://demo.veille.test/blog/2</link><description><![CDATA[" + payload.replace("]]>", "")
                + "]]></description></item></channel></rss>";
        for (RawArticle a : normalize(rss)) {
            assertSafeArticle(a);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void jsonFeedItemWithThePayloadEverywhereComesOutHarmless(String payload) throws Exception {
        String q = quote(payload);
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"x\",\"items\":[{\"id\":\"1\","
                + "\"url\":" + q + ",\"title\":" + q + ",\"content_html\":" + q + ",\"summary\":" + q
                + ",\"image\":" + q + "}]}";
        for (RawArticle a : normalize(json)) {
            assertSafeArticle(a);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void atomEntryWithThePayloadEverywhereComesOutHarmless(String payload) throws Exception {
        String escaped = Entities.escape(payload);
        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title>"
                + "<link href=\"https://demo.veille.test/blog/\"/><id>urn:x</id><updated>2026-02-01T00:00:00Z</updated>"
                + "<entry><id>urn:x:1</id><title type=\"html\">" + escaped + "</title>"
                + "<link rel=\"alternate\" href=\"" + attribute(payload) + "\"/>"
                + "<link rel=\"enclosure\" type=\"image/png\" href=\"" + attribute(payload) + "\"/>"
                + "<author><name>" + escaped + "</name><uri>" + escaped + "</uri></author>"
                + "<category term=\"" + attribute(payload) + "\" label=\"" + attribute(payload) + "\"/>"
                + "<updated>2026-02-01T00:00:00Z</updated>"
                + "<summary type=\"html\">" + escaped + "</summary>"
                + "<content type=\"html\">" + escaped + "</content></entry>"
                + "<entry><id>urn:x:2</id><title type=\"text\">" + escaped + "</title>"
                + "<link href=\"https://demo.veille.test/blog/2\"/><updated>2026-02-01T00:00:00Z</updated>"
                + "<summary type=\"text\">" + escaped + "</summary></entry></feed>";
        List<RawArticle> articles = normalize(atom);
        assertThat(articles).hasSize(2);
        for (RawArticle a : articles) {
            assertSafeArticle(a);
        }
    }

    private static String attribute(String payload) {
        return Entities.escape(payload).replace("\"", "&quot;");
    }

    private static List<RawArticle> normalize(String feed) throws Exception {
        var parsed = new FeedParser().parse(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, BASE);
        return new ArticleNormalizer().normalize(parsed,
                new FeedContext("xss", URI.create("https://demo.veille.test/blog/feed"), "xss", Instant.EPOCH.plusSeconds(1_700_000_000)));
    }

    private static void assertSafeArticle(RawArticle a) {
        assertSafeHtml(a.contentHtml());
        assertThat(a.title()).doesNotContainPattern(MARKUP);
        assertThat(a.url()).matches("https?://.*");
        assertThat(a.links()).allMatch(l -> l.matches("https?://.*"));
        assertThat(a.images()).allMatch(l -> l.matches("https?://.*"));
        assertThat(a.enclosures()).allMatch(e -> e.url().matches("https?://.*"));
        assertThat(a.authors()).allSatisfy(author -> assertThat(author).doesNotContainPattern(MARKUP));
        assertThat(a.categories()).allSatisfy(category -> assertThat(category).doesNotContainPattern(MARKUP));
    }

    static void assertSafeHtml(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<style").doesNotContain("<iframe");
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(ACTIVE).as("element <%s> in %s", e.tagName(), html).doesNotContain(e.normalName());
            for (Attribute attr : e.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                String value = attr.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
                assertThat(name).as("attribute %s in %s", name, html).doesNotStartWith("on");
                assertThat(FORBIDDEN_ATTRIBUTES).as("attribute %s in %s", name, html).doesNotContain(name);
                assertThat(value).as("%s=%s", name, value).doesNotContain("javascript:").doesNotContain("vbscript:")
                        .doesNotContain("expression(");
                if (value.contains("data:")) {
                    assertThat(e.normalName() + "." + name).isEqualTo("img.src");
                    assertThat(attr.getValue()).matches(RASTER);
                }
                if (name.equals("href") || name.equals("src") || name.equals("cite")) {
                    assertThat(value).matches("(https?://|mailto:|data:image/).*");
                }
            }
            if (e.normalName().equals("a") && e.hasAttr("href")) {
                assertThat(e.attr("rel")).isEqualTo("noopener noreferrer");
            }
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
