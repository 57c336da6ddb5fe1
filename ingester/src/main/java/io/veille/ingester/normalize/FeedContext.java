package io.veille.ingester.normalize;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What the normalizer knows about a feed besides its content.
 *
 * @param feedId    the feed's id in the registry (the CLI uses a hash of the feed's location)
 * @param feedUrl   where the feed was read from, or null
 * @param source    the value of each article's {@code source} field (the registry's source name, or
 *                  the file or URL given to {@code veille parse})
 * @param fetchedAt when the bytes were fetched: the date of items that have none
 */
public record FeedContext(String feedId, URI feedUrl, String source, Instant fetchedAt) {
    public FeedContext {
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
