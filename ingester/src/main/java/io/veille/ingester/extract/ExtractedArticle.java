package io.veille.ingester.extract;

import java.time.Instant;

/**
 * The main content of an article page and what the page says about it.
 *
 * @param url         the page's canonical URL ({@code link rel=canonical} or og:url, else the page URL), or null
 * @param title       the article's title (never the site name), or null
 * @param byline      the author as the page names them, or null
 * @param publishedAt the publication time from meta tags, JSON-LD or a {@code time} element, or null
 * @param lang        the primary language subtag the page declares ("fr", "en"), or null
 * @param mainImage   the absolute URL of the article's lead image, or null
 * @param html        the main content as sanitized HTML (see {@code HtmlSanitizer}), possibly empty
 * @param text        the main content as plain text, one paragraph per block, possibly empty
 */
public record ExtractedArticle(
        String url,
        String title,
        String byline,
        Instant publishedAt,
        String lang,
        String mainImage,
        String html,
        String text) {
}
