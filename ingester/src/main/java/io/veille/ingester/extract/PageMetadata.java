package io.veille.ingester.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.ingester.date.DateParser;
import io.veille.ingester.normalize.TitleText;
import io.veille.ingester.normalize.UrlCanonicalizer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from the places pages put it, most reliable first: Open Graph and
 * article meta tags, schema.org JSON-LD, microdata, then visible markup ({@code h1}, {@code time},
 * author links and bylines). Must run on the page before any cleaning.
 */
final class PageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BY_LINE = Pattern.compile("^(?i:by|par|written by|écrit par)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})\\s*(?:[,|•·–—-]|$)");

    final String title;
    final String byline;
    final Instant publishedAt;
    final String lang;
    final String image;
    final String canonical;

    PageMetadata(Document doc, URI pageUrl) {
        List<JsonNode> ld = jsonLd(doc);
        this.lang = language(doc, ld);
        this.title = title(doc, ld);
        this.byline = byline(doc, ld);
        this.publishedAt = published(doc, ld, lang);
        this.image = image(doc, ld, pageUrl);
        this.canonical = canonical(doc, pageUrl);
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data());
                collect(n, out);
            } catch (Exception ignored) {
                // broken JSON-LD is common; the other sources still apply
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        } else if (n.isObject()) {
            String type = n.path("@type").isArray() ? n.path("@type").path(0).asText() : n.path("@type").asText();
            if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report")) {
                out.add(n);
            }
            collect(n.get("@graph"), out);
        }
    }

    private static String ld(List<JsonNode> ld, String field) {
        for (JsonNode n : ld) {
            JsonNode v = n.path(field);
            if (v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String meta(Document doc, String... keys) {
        for (String k : keys) {
            Element m = doc.selectFirst("meta[property=" + k + "], meta[name=" + k + "], meta[itemprop=" + k + "]");
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        return null;
    }

    private static String title(Document doc, List<JsonNode> ld) {
        String t = meta(doc, "og:title", "twitter:title");
        if (t == null) {
            t = ld(ld, "headline");
        }
        if (t == null) {
            Element h1 = doc.selectFirst("article h1, main h1, h1");
            t = h1 == null ? null : h1.text();
        }
        if (t == null) {
            t = doc.title().replaceFirst("\\s+[|–—-]\\s+[^|–—-]+$", "");
        }
        t = TitleText.of(t);
        return t.isEmpty() ? null : t;
    }

    private static String byline(Document doc, List<JsonNode> ld) {
        for (JsonNode n : ld) {
            JsonNode a = n.path("author");
            JsonNode first = a.isArray() ? a.path(0) : a;
            String name = first.isTextual() ? first.asText() : first.path("name").asText(null);
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        String m = meta(doc, "author", "article:author", "dc.creator", "parsely-author");
        if (m != null && !m.startsWith("http")) {
            return m;
        }
        Element e = doc.selectFirst("[itemprop=author], [rel=author], .author .fn, .author-name, .byline .author, .story-author, .pw-author a, .byline, .author");
        if (e != null) {
            String text = e.text().replaceFirst("(?i)^(by|par|de)\\s+", "").strip();
            return text.isEmpty() || text.length() > 100 ? null : text;
        }
        for (Element el : doc.body() == null ? List.<Element>of() : doc.body().select("p, div, span, address")) {
            Matcher by = BY_LINE.matcher(el.ownText().strip());
            if (by.find()) {
                return by.group(1).strip();
            }
        }
        return null;
    }

    private static Instant published(Document doc, List<JsonNode> ld, String lang) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(doc, "article:published_time", "datePublished", "og:published_time", "pubdate",
                "publish-date", "date", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date"));
        candidates.add(ld(ld, "datePublished"));
        Element time = doc.selectFirst("[itemprop=datePublished][datetime], time.published[datetime], time.entry-date[datetime], article time[datetime], time[datetime]");
        candidates.add(time == null ? null : time.attr("datetime"));
        for (String selector : List.of("[itemprop=datePublished]", ".published", "[data-testid=storyPublishDate]",
                ".post-date", ".entry-date", ".date", "time")) {
            Element pub = doc.selectFirst(selector);
            candidates.add(pub == null ? null : pub.text());
        }
        for (String c : candidates) {
            if (c != null) {
                var d = DateParser.parse(c, lang);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return null;
    }

    private static String language(Document doc, List<JsonNode> ld) {
        String l = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (l.isBlank()) {
            l = meta(doc, "content-language", "og:locale", "language");
        }
        if (l == null || l.isBlank()) {
            Element http = doc.selectFirst("meta[http-equiv=content-language]");
            l = http != null ? http.attr("content") : ld(ld, "inLanguage");
        }
        if (l == null || l.isBlank()) {
            return null;
        }
        String primary = l.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String image(Document doc, List<JsonNode> ld, URI base) {
        String i = meta(doc, "og:image", "twitter:image", "og:image:url");
        if (i == null) {
            for (JsonNode n : ld) {
                JsonNode img = n.path("image");
                JsonNode first = img.isArray() ? img.path(0) : img;
                i = first.isTextual() ? first.asText() : first.path("url").asText(null);
                if (i != null) {
                    break;
                }
            }
        }
        return i == null ? null : UrlCanonicalizer.absolute(i, base).map(URI::toString).orElse(null);
    }

    private static String canonical(Document doc, URI pageUrl) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        String c = link != null ? link.attr("href") : meta(doc, "og:url");
        if (c != null) {
            var canon = UrlCanonicalizer.canonicalize(c, pageUrl);
            if (canon.isPresent()) {
                return canon.get();
            }
        }
        return pageUrl == null ? null : UrlCanonicalizer.canonicalize(pageUrl.toString(), null).orElse(null);
    }
}
