package io.veille.ingester.schedule;

import io.veille.common.config.VeilleConfig;
import io.veille.ingester.fetch.Settings;
import io.veille.ingester.registry.FeedRecord;

import java.time.Duration;

/**
 * The scheduler's knobs.
 *
 * @param minInterval shortest time between polls of a feed (5 min)
 * @param maxInterval longest time between polls of a feed, and the interval of a parked feed (24 h)
 * @param jitter      the fraction of the interval added or removed at random (0.1)
 * @param parkAfter   consecutive errors after which a feed is parked (10)
 */
public record PollBounds(Duration minInterval, Duration maxInterval, double jitter, int parkAfter) {
    public PollBounds {
        if (minInterval.compareTo(maxInterval) > 0) {
            throw new IllegalArgumentException("min-interval " + minInterval + " is longer than max-interval " + maxInterval);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1)");
        }
    }

    public static PollBounds defaults() {
        return new PollBounds(Duration.ofMinutes(5), Duration.ofHours(24), 0.1, 10);
    }

    /** Reads {@code ingester.poll.*} and {@code ingester.errors.park-after}. */
    public static PollBounds from(VeilleConfig config) {
        PollBounds d = defaults();
        return new PollBounds(
                Settings.duration(config, "ingester.poll.min-interval", d.minInterval),
                Settings.duration(config, "ingester.poll.max-interval", d.maxInterval),
                Settings.decimal(config, "ingester.poll.jitter", d.jitter),
                Settings.integer(config, "ingester.errors.park-after", d.parkAfter));
    }

    /** These bounds narrowed by a feed's own options. */
    public PollBounds forFeed(FeedRecord feed) {
        Duration min = feed.minInterval() != null ? feed.minInterval() : minInterval;
        Duration max = feed.maxInterval() != null ? feed.maxInterval() : maxInterval;
        if (min.compareTo(max) > 0) {
            max = min;
        }
        return new PollBounds(min, max, jitter, parkAfter);
    }
}
