package io.veille.indexer.write;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));

    @Test
    void theDelayDoublesWithEachAttemptUpToTheMaximum() {
        assertThat(backoff.ceiling(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofMillis(1600));
        assertThat(backoff.ceiling(10)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitterStaysBetweenEightyPercentAndTheCeiling() {
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.delay(3)).isBetween(Duration.ofMillis(640), Duration.ofMillis(800));
        }
    }

    @Test
    void refusesAZeroInitialDelaySoThatRetriesNeverSpin() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
