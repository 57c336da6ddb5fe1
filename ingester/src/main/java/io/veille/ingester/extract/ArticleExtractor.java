package io.veille.ingester.extract;

import io.veille.ingester.encoding.CharsetDetector;
import io.veille.ingester.encoding.DetectedCharset;
import io.veille.ingester.encoding.Mojibake;
import io.veille.ingester.normalize.HtmlSanitizer;
import io.veille.ingester.normalize.PlainText;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps the body of an article page and drops the rest, readability-style, with Jsoup: navigation,
 * headers, footers, cookie banners, share bars, comments, related-article lists and ads go; the
 * title, byline, publication time (meta tags, JSON-LD, {@code time} elements), language and main
 * image are read from the page.
 *
 * <p>The returned HTML is sanitized with {@link HtmlSanitizer} (no script, absolute links) and the
 * text keeps paragraph breaks. Pages larger than {@value #MAX_BYTES} bytes are read up to that size.
 * Thread-safe; never throws on odd markup (a page with no recognisable body gives empty text).
 */
public final class ArticleExtractor {
    /** The largest page read, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Calls to action that pages slip between body paragraphs (subscribe, newsletter, membership). */
    private static final java.util.Set<String> AD_LABELS = java.util.Set.of("advertisement", "publicité", "publicite",
            "sponsored", "annonce", "ad", "pub", "sponsorisé", "contenu sponsorisé", "partner content");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)\\b(subscribe|subscription|sign up|newsletter|members?hip|become a member|our members|abonn|inscri|lettre d'information)");

    /** Extracts from raw bytes, choosing the charset from BOM, the Content-Type header or {@code <meta charset>}. */
    public ExtractedArticle extract(byte[] body, String contentTypeHeader, URI pageUrl) {
        Objects.requireNonNull(body, "body");
        byte[] bytes = body.length > MAX_BYTES ? java.util.Arrays.copyOf(body, MAX_BYTES) : body;
        DetectedCharset charset = CharsetDetector.forHtml(bytes, contentTypeHeader);
        String html = charset.decode(bytes);
        return extract(Mojibake.suspect(html) ? Mojibake.repair(html) : html, pageUrl);
    }

    /** Extracts from an HTML string; {@code pageUrl} (may be null) resolves relative links. */
    public ExtractedArticle extract(String html, URI pageUrl) {
        Objects.requireNonNull(html, "html");
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl.toString());
        PageMetadata meta = new PageMetadata(doc, pageUrl);
        Element content = new ContentScorer().mainContent(doc.body());
        Element kept = assemble(content);
        TextMetrics metrics = new TextMetrics(kept);
        tidy(kept, meta.title, meta.byline, metrics);
        Document clean = HtmlSanitizer.clean(kept.outerHtml(), pageUrl);
        String text = PlainText.of(clean.body());
        String image = meta.image;
        if (image == null) {
            Element img = clean.selectFirst("img[src^=http]");
            image = img == null ? null : img.attr("src");
        }
        return new ExtractedArticle(meta.canonical, meta.title, meta.byline, meta.publishedAt, meta.lang, image,
                clean.body().html(), text);
    }

    /** The winner and its marked siblings, in document order, in one container. */
    private static Element assemble(Element content) {
        Element parent = content.parent();
        if (parent == null || parent.select("> [data-veille-keep]").isEmpty()) {
            return content;
        }
        Element box = new Element("div");
        for (Element sibling : parent.children()) {
            if (sibling == content || sibling.hasAttr("data-veille-keep")) {
                box.appendChild(sibling.clone());
            }
        }
        return box;
    }

    /** Removes what survived scoring but is not body text: the title again, link lists, empty blocks. */
    private static void tidy(Element content, String title, String byline, TextMetrics metrics) {
        for (Element e : content.select("p, div, span, aside")) {
            if (metrics.text(e) > 400) {
                continue;
            }
            String t = e.text().strip().toLowerCase(java.util.Locale.ROOT);
            if (AD_LABELS.contains(t)) {
                e.remove();
            } else if (byline != null && t.length() < 120 && t.contains(byline.toLowerCase(java.util.Locale.ROOT))
                    && (t.startsWith("by ") || t.startsWith("par ") || DIGIT.matcher(t).find())) {
                e.remove();
            }
        }
        Element last = content.select("p").last();
        if (last != null && byline != null && last.text().startsWith(byline) && last.text().length() < 300) {
            last.remove();
        }
        for (Element h : content.select("h1, h2, h3, p")) {
            if (metrics.text(h) > (title == null ? 0 : title.length()) + 100) {
                continue;
            }
            boolean repeatsTitle = title != null && h.text().startsWith(title) && h.text().length() < title.length() + 80;
            if (h.normalName().equals("h1") || repeatsTitle) {
                h.remove();
            }
        }
        for (Element e : content.select("p, div")) {
            if (metrics.text(e) >= 240) {
                continue;
            }
            String text = e.text();
            if (text.length() < 220 && !e.select("a").isEmpty() && CALL_TO_ACTION.matcher(text).find()
                    && e.select("p").size() <= 1) {
                e.remove();
            }
        }
        for (Element e : content.select("ul, ol, div, section, table, p")) {
            if (e.parent() == null) {
                continue;
            }
            int length = metrics.text(e);
            double density = metrics.linkDensity(e);
            boolean linkList = density > 0.5 && length < 400 && length > 0;
            boolean shortLinkBlock = density > 0.3 && length < 80 && !e.normalName().equals("p");
            if (linkList || shortLinkBlock) {
                e.remove();
            }
        }
        content.select("[data-veille-keep]").removeAttr("data-veille-keep");
    }
}
