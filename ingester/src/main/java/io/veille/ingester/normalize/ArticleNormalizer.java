package io.veille.ingester.normalize;

import io.veille.common.event.ArticleIds;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.ingester.date.DateParser;
import io.veille.ingester.parse.FeedEntry;
import io.veille.ingester.parse.ParsedFeed;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns the items of a parsed feed into {@link RawArticle} events: canonical URL and id, plain-text
 * title, dates read from any format (a missing date becomes the fetch time, flagged {@code dateMissing}),
 * sanitized HTML with absolute links, plain text with paragraph breaks, outbound links, images,
 * enclosures, categories, language hint, and a content hash over the normalized title and text (so
 * white space, markup or tracking-parameter changes do not count as an update).
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleNormalizer {
    private static final Pattern ESCAPED_MARKUP = Pattern.compile("&lt;/?[a-zA-Z]");
    private static final Pattern TRUNCATION_MARK = Pattern.compile(
            "(…|\\.\\.\\.|\\[…]|\\[\\.\\.\\.]|\\(\\.\\.\\.\\)|(?i:lire la suite|read more|continue reading|la suite)\\W*)\\s*$");
    private static final int EXCERPT_CHARS = 600;
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator IMAGES = QueryParser.parse("img[src]");
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(2);

    /** Every item of {@code feed} as a raw article, in feed order. */
    public List<RawArticle> normalize(ParsedFeed feed, FeedContext context) {
        List<RawArticle> out = new ArrayList<>(feed.entries().size());
        for (FeedEntry entry : feed.entries()) {
            out.add(normalize(entry, feed, context));
        }
        return out;
    }

    /** One item of {@code feed} as a raw article. */
    public RawArticle normalize(FeedEntry entry, ParsedFeed feed, FeedContext context) {
        URI base = entry.base() != null ? entry.base() : feed.base() != null ? feed.base() : context.feedUrl();
        String rawLanguage = entry.language() != null ? entry.language() : feed.language();
        String language = languageTag(rawLanguage);

        Optional<String> url = UrlCanonicalizer.canonicalize(entry.link(), base);
        if (url.isEmpty() && entry.guid() != null) {
            url = UrlCanonicalizer.canonicalize(entry.guid(), null);
        }

        String html = entry.contentHtml() != null ? entry.contentHtml() : entry.summaryHtml();
        if (html != null && html.indexOf('<') < 0 && ESCAPED_MARKUP.matcher(html).find()) {
            html = Parser.unescapeEntities(html, false);
        }
        Document clean = HtmlSanitizer.clean(html, base);
        Element body = clean.body();
        String text = PlainText.of(body);

        String title = TitleText.of(entry.title());
        if (title.isEmpty()) {
            title = fallbackTitle(text);
        }

        RawArticleBuilder b = RawArticleBuilder.article()
                .feedId(context.feedId())
                .feedUrl(context.feedUrl() == null ? null : context.feedUrl().toString())
                .source(context.source())
                .guid(entry.guid())
                .title(title)
                .authors(entry.authors().stream().map(TitleText::of).filter(s -> !s.isEmpty()).distinct().toList())
                .fetchedAt(context.fetchedAt())
                .contentHtml(body.html())
                .text(text)
                .excerptOnly(isExcerpt(entry, text))
                .links(links(body))
                .images(images(body, entry, base))
                .enclosures(enclosures(entry, base))
                .categories(entry.categories().stream().map(TitleText::of).filter(s -> !s.isEmpty()).distinct().limit(50).toList())
                .languageHint(language)
                .contentHash(contentHash(title, text));
        dates(b, entry, rawLanguage, context.fetchedAt());

        if (url.isPresent()) {
            b.url(url.get());
        } else {
            String guid = entry.guid() != null ? entry.guid() : "content:" + ArticleIds.sha256Hex(title + "\n" + text);
            String fallback = UrlCanonicalizer.canonicalize(feed.siteLink(), base)
                    .or(() -> UrlCanonicalizer.canonicalize(context.feedUrl() == null ? null : context.feedUrl().toString(), null))
                    .orElse("urn:veille:" + context.feedId());
            b.guid(guid).url(fallback).id(ArticleIds.fromGuid(context.feedId(), guid));
        }
        return b.build();
    }

    /** The hash that tells an update from a re-fetch: title and text with all white space collapsed. */
    public static String contentHash(String title, String text) {
        String normalized = (title + "\n" + text).replaceAll("\\s+", " ").strip();
        return ArticleIds.sha256Hex(normalized);
    }

    private static void dates(RawArticleBuilder b, FeedEntry entry, String language, Instant fetchedAt) {
        Instant published = DateParser.parse(entry.publishedRaw(), language).orElse(entry.publishedParsed());
        Instant updated = DateParser.parse(entry.updatedRaw(), language).orElse(entry.updatedParsed());
        Instant limit = fetchedAt.plus(FUTURE_TOLERANCE);
        if (published != null && published.isAfter(limit)) {
            published = fetchedAt;
        }
        if (updated != null && updated.isAfter(limit)) {
            updated = fetchedAt;
        }
        boolean missing = published == null && updated == null;
        if (published == null) {
            published = updated != null ? updated : fetchedAt;
        }
        b.publishedAt(published).updatedAt(updated).dateMissing(missing);
    }

    private static boolean isExcerpt(FeedEntry entry, String fullText) {
        String text = fullText.length() > 60 ? fullText.substring(fullText.length() - 60) : fullText;
        int length = fullText.length();
        if (entry.contentHtml() != null && !entry.contentHtml().isBlank()) {
            return length < EXCERPT_CHARS * 2 && TRUNCATION_MARK.matcher(text).find();
        }
        return length < EXCERPT_CHARS || TRUNCATION_MARK.matcher(text).find();
    }

    private static List<String> links(Element body) {
        Set<String> links = new LinkedHashSet<>();
        for (Element a : body.select(LINKS)) {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                links.add(href);
            }
        }
        return new ArrayList<>(links);
    }

    private static List<String> images(Element body, FeedEntry entry, URI base) {
        Set<String> images = new LinkedHashSet<>();
        for (String src : entry.imageUrls()) {
            UrlCanonicalizer.absolute(src, base).ifPresent(u -> images.add(u.toString()));
        }
        for (Element img : body.select(IMAGES)) {
            String src = img.attr("src");
            if (src.startsWith("http://") || src.startsWith("https://")) {
                images.add(src);
            }
        }
        for (FeedEntry.Enclosure e : entry.enclosures()) {
            if (e.type() != null && e.type().startsWith("image/")) {
                UrlCanonicalizer.absolute(e.url(), base).ifPresent(u -> images.add(u.toString()));
            }
        }
        return new ArrayList<>(images);
    }

    private static List<RawArticle.Enclosure> enclosures(FeedEntry entry, URI base) {
        List<RawArticle.Enclosure> out = new ArrayList<>();
        for (FeedEntry.Enclosure e : entry.enclosures()) {
            UrlCanonicalizer.absolute(e.url(), base)
                    .ifPresent(u -> out.add(new RawArticle.Enclosure(u.toString(), e.type(), e.length())));
        }
        return out;
    }

    private static String fallbackTitle(String text) {
        if (text.isBlank()) {
            return "(untitled)";
        }
        String first = TitleText.of(text.strip().split("\\n", 2)[0].replace("<", "‹").replace(">", "›"));
        return first.length() <= 80 ? first : first.substring(0, 79).strip() + "…";
    }

    /** The primary language subtag, lower-cased ("fr-FR" gives "fr"), or null. */
    static String languageTag(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String primary = raw.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }
}
