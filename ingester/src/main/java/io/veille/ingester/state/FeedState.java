package io.veille.ingester.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the ingester remembers about a feed between polls, stored as JSON in the compacted topic
 * {@code veille.feed-state} under the feed's id.
 *
 * @param feedId            the feed's id
 * @param url               the URL polled last (after a permanent redirect: the new one), or null
 * @param etag              the last {@code ETag}, or null
 * @param lastModified      the last {@code Last-Modified}, or null
 * @param seen              article id → content hash of the items already emitted, oldest first
 * @param itemTimes         publication times of the newest items, newest first (the posting rate)
 * @param consecutiveErrors failed polls since the last success
 * @param lastError         the last failure's one-line message, or null
 * @param lastErrorAt       when it happened, or null
 * @param lastSuccessAt     the last successful poll (200 or 304), or null
 * @param nextPollAt        when the feed is due, or null for "now"
 * @param health            the feed's health
 */
public record FeedState(
        String feedId,
        String url,
        String etag,
        String lastModified,
        Map<String, String> seen,
        List<Instant> itemTimes,
        int consecutiveErrors,
        String lastError,
        Instant lastErrorAt,
        Instant lastSuccessAt,
        Instant nextPollAt,
        FeedHealth health) {

    /** How many item times are kept for the posting rate. */
    public static final int ITEM_TIMES = 20;

    public FeedState {
        Objects.requireNonNull(feedId, "feedId");
        seen = seen == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seen));
        itemTimes = itemTimes == null ? List.of() : List.copyOf(itemTimes);
        health = health == null ? FeedHealth.NEW : health;
    }

    /** The state of a feed never polled. */
    public static FeedState initial(String feedId) {
        return new FeedState(feedId, null, null, null, Map.of(), List.of(), 0, null, null, null, null, FeedHealth.NEW);
    }

    /**
     * After a successful poll.
     *
     * @param newSeen    the seen items after this poll (see {@link #mergeSeen})
     * @param newTimes   the publication times of the items in the feed
     */
    public FeedState succeeded(String newUrl, String newEtag, String newLastModified, Map<String, String> newSeen,
                               List<Instant> newTimes, Instant at, Instant next) {
        return new FeedState(feedId, newUrl, newEtag, newLastModified, newSeen, mergeTimes(itemTimes, newTimes),
                0, lastError, lastErrorAt, at, next, FeedHealth.OK);
    }

    /** After a failed poll; parked once {@code parkAfter} failures follow each other. */
    public FeedState failed(String message, Instant at, Instant next, int parkAfter) {
        int errors = consecutiveErrors + 1;
        return new FeedState(feedId, url, etag, lastModified, seen, itemTimes, errors, message, at, lastSuccessAt, next,
                errors >= parkAfter ? FeedHealth.PARKED : FeedHealth.FAILING);
    }

    public FeedState withNextPollAt(Instant next) {
        return new FeedState(feedId, url, etag, lastModified, seen, itemTimes, consecutiveErrors, lastError, lastErrorAt,
                lastSuccessAt, next, health);
    }

    /** {@code previous} with {@code emitted} (id → hash) added last, keeping the newest {@code limit} entries. */
    public static Map<String, String> mergeSeen(Map<String, String> previous, Map<String, String> emitted, int limit) {
        LinkedHashMap<String, String> merged = new LinkedHashMap<>(previous);
        emitted.forEach((id, hash) -> {
            merged.remove(id);
            merged.put(id, hash);
        });
        Iterator<String> oldest = merged.keySet().iterator();
        while (merged.size() > limit && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        return merged;
    }

    private static List<Instant> mergeTimes(List<Instant> old, List<Instant> fresh) {
        List<Instant> all = new ArrayList<>(fresh);
        old.stream().filter(t -> !fresh.contains(t)).forEach(all::add);
        all.sort(java.util.Comparator.reverseOrder());
        return all.size() > ITEM_TIMES ? all.subList(0, ITEM_TIMES) : all;
    }
}
