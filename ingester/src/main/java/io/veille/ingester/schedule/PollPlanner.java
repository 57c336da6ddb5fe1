package io.veille.ingester.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * When to poll a feed next.
 * <ul>
 *   <li>After a success: half the feed's mean gap between its recent items (a feed posting every
 *       hour is polled every 30 min), longer when its newest item is old (a quarter of its age); at
 *       least the feed's {@code ttl}, {@code Cache-Control: max-age} and {@code Expires} — the
 *       publisher's own "not before" — then held between the bounds, then jittered.</li>
 *   <li>After a failure: the minimum interval doubled per consecutive error, and at least the
 *       server's {@code Retry-After}; the maximum interval once the feed is parked.</li>
 * </ul>
 * The result always lies between {@code minInterval} and {@code maxInterval} after now.
 */
public final class PollPlanner {
    private static final Duration NO_RATE = Duration.ofHours(6);

    private final RandomGenerator random;

    public PollPlanner(RandomGenerator random) {
        this.random = random;
    }

    /**
     * @param itemTimes publication times of the feed's recent items (any order)
     * @param ttl       the feed's {@code <ttl>}, or null
     * @param maxAge    {@code Cache-Control: max-age}, or null
     * @param expires   {@code Expires}, or null
     */
    public Instant afterSuccess(Instant now, List<Instant> itemTimes, Duration ttl, Duration maxAge, Instant expires,
                                PollBounds bounds) {
        Duration interval = jittered(clamp(rateInterval(now, itemTimes), bounds), bounds);
        for (Duration floor : new Duration[] {ttl, maxAge, expires == null ? null : Duration.between(now, expires)}) {
            if (floor != null && floor.compareTo(interval) > 0) {
                interval = floor; // the publisher's "not before" is never shortened by the jitter
            }
        }
        return now.plus(clamp(interval, bounds));
    }

    /**
     * @param consecutiveErrors failures in a row, this one included (1 or more)
     * @param retryAfter        what the server asked for, or null
     */
    public Instant afterFailure(Instant now, int consecutiveErrors, Duration retryAfter, PollBounds bounds) {
        if (consecutiveErrors >= bounds.parkAfter()) {
            return now.plus(bounds.maxInterval());
        }
        int shift = Math.min(Math.max(consecutiveErrors - 1, 0), 30);
        Duration backoff = jittered(clamp(bounds.minInterval().multipliedBy(1L << shift), bounds), bounds);
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            backoff = retryAfter; // never shortened by the jitter
        }
        return now.plus(clamp(backoff, bounds));
    }

    /** Half the mean gap between the recent items, or a quarter of the newest item's age if longer. */
    static Duration rateInterval(Instant now, List<Instant> itemTimes) {
        List<Instant> times = itemTimes.stream().filter(t -> !t.isAfter(now)).sorted().toList();
        if (times.size() < 2) {
            return NO_RATE;
        }
        Instant oldest = times.get(0);
        Instant newest = times.get(times.size() - 1);
        Duration meanGap = Duration.between(oldest, newest).dividedBy(times.size() - 1);
        Duration interval = meanGap.dividedBy(2);
        Duration staleness = Duration.between(newest, now).dividedBy(4);
        return staleness.compareTo(interval) > 0 ? staleness : interval;
    }

    private static Duration clamp(Duration d, PollBounds bounds) {
        if (d.compareTo(bounds.minInterval()) < 0) {
            return bounds.minInterval();
        }
        return d.compareTo(bounds.maxInterval()) > 0 ? bounds.maxInterval() : d;
    }

    private Duration jittered(Duration d, PollBounds bounds) {
        if (bounds.jitter() == 0) {
            return d;
        }
        double factor = 1 + (random.nextDouble() * 2 - 1) * bounds.jitter();
        return clamp(Duration.ofMillis((long) (d.toMillis() * factor)), bounds);
    }
}
