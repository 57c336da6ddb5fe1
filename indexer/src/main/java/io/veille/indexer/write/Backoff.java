package io.veille.indexer.write;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: {@code initial × 2^attempt}, capped at {@code max}, each delay drawn
 * between 80 % and 100 % of that so that retries of many writers do not arrive together.
 */
public record Backoff(Duration initial, Duration max) {
    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
    }

    /** The ceiling of the delay before retry number {@code attempt} (0 for the first retry). */
    public Duration ceiling(int attempt) {
        int shift = Math.min(Math.max(attempt, 0), 30);
        long millis = initial.toMillis() << shift;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    /** The delay before retry number {@code attempt}, with jitter. */
    public Duration delay(int attempt) {
        long ceiling = ceiling(attempt).toMillis();
        long floor = ceiling * 8 / 10;
        return Duration.ofMillis(ceiling == floor ? ceiling : ThreadLocalRandom.current().nextLong(floor, ceiling + 1));
    }
}
