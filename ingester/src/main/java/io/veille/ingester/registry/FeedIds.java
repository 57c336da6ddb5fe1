package io.veille.ingester.registry;

import io.veille.common.event.ArticleIds;
import io.veille.ingester.normalize.UrlCanonicalizer;

/** Feed ids: a stable hash of the normalized feed URL, so the same feed added twice is one feed. */
public final class FeedIds {
    private FeedIds() {
    }

    /**
     * The id of the feed at {@code url}: {@link ArticleIds#fromCanonicalUrl} of the URL canonicalized
     * like an article's (scheme and host lower-cased, default port, fragment and tracking parameters
     * removed).
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static String of(String url) {
        String canonical = UrlCanonicalizer.canonicalize(url == null ? null : url.trim(), null)
                .orElseThrow(() -> new IllegalArgumentException("not an http(s) feed URL: " + url));
        return ArticleIds.fromCanonicalUrl(canonical);
    }
}
