package io.veille.ingester.registry;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A feed of the registry, as stored (JSON) in the compacted topic {@code veille.feeds} under its id.
 *
 * @param id          {@link FeedIds#of} the URL the feed was added with; stays the same when a
 *                    permanent redirect later moves {@code url}
 * @param url         where the feed is fetched from now
 * @param title       the name shown to people (the OPML {@code text}), or null
 * @param siteUrl     the site the feed belongs to (OPML {@code htmlUrl}), or null
 * @param tags        categories (OPML folders), copied to each article's {@code feedTags}
 * @param enabled     whether the feed is polled
 * @param fullText    whether each article page is fetched and its main text extracted
 * @param language    a language hint for articles that declare none ({@code fr}, {@code en}), or null
 * @param minInterval the shortest time between two polls, or null for the configured default
 * @param maxInterval the longest time between two polls, or null for the configured default
 * @param addedAt     when the feed entered the registry
 */
public record FeedRecord(
        String id,
        String url,
        String title,
        String siteUrl,
        List<String> tags,
        boolean enabled,
        boolean fullText,
        String language,
        Duration minInterval,
        Duration maxInterval,
        Instant addedAt) {

    public FeedRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A new, enabled feed with default options, its id derived from its URL. */
    public static FeedRecord of(String url, String title, List<String> tags, Instant addedAt) {
        return new FeedRecord(FeedIds.of(url), url, title, null, tags, true, false, null, null, null, addedAt);
    }

    public URI uri() {
        return URI.create(url);
    }

    public FeedRecord withUrl(String newUrl) {
        return new FeedRecord(id, newUrl, title, siteUrl, tags, enabled, fullText, language, minInterval, maxInterval, addedAt);
    }

    public FeedRecord withSiteUrl(String site) {
        return new FeedRecord(id, url, title, site, tags, enabled, fullText, language, minInterval, maxInterval, addedAt);
    }

    public FeedRecord withOptions(boolean enabledOption, boolean fullTextOption, String languageHint,
                                  Duration min, Duration max) {
        return new FeedRecord(id, url, title, siteUrl, tags, enabledOption, fullTextOption, languageHint, min, max, addedAt);
    }
}
