package io.veille.ingester.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PollPlannerTest {
    private static final Instant NOW = Instant.parse("2026-02-10T12:00:00Z");
    private final PollBounds bounds = PollBounds.defaults();
    private final PollBounds noJitter = new PollBounds(Duration.ofMinutes(5), Duration.ofHours(24), 0, 10);

    private static List<Instant> every(Duration gap, int n) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            times.add(NOW.minus(gap.multipliedBy(i)));
        }
        return times;
    }

    @Test
    void aBusyFeedIsPolledMoreOftenThanAQuietOne() {
        PollPlanner planner = new PollPlanner(new Random(7));
        Instant busy = planner.afterSuccess(NOW, every(Duration.ofHours(1), 10), null, null, null, noJitter);
        Instant quiet = planner.afterSuccess(NOW, every(Duration.ofHours(12), 10), null, null, null, noJitter);
        assertThat(busy).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(quiet).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void theIntervalStaysBetweenTheBoundsWhateverTheJitter() {
        PollPlanner planner = new PollPlanner(new Random(3));
        for (int i = 0; i < 200; i++) {
            Instant fast = planner.afterSuccess(NOW, every(Duration.ofSeconds(30), 20), null, null, null, bounds);
            Instant slow = planner.afterSuccess(NOW, every(Duration.ofDays(30), 5), null, null, null, bounds);
            assertThat(fast).isBetween(NOW.plus(Duration.ofMinutes(5)), NOW.plus(Duration.ofMinutes(5).plusSeconds(30)));
            assertThat(slow).isBetween(NOW.plus(Duration.ofHours(21)), NOW.plus(Duration.ofHours(24)));
        }
    }

    @Test
    void jitterSpreadsFeedsApart() {
        PollPlanner planner = new PollPlanner(new Random(11));
        List<Instant> times = every(Duration.ofHours(2), 10);
        long distinct = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> planner.afterSuccess(NOW, times, null, null, null, bounds)).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void ttlMaxAgeAndExpiresAreLowerBounds() {
        PollPlanner planner = new PollPlanner(new Random(1));
        List<Instant> busy = every(Duration.ofMinutes(20), 10);
        assertThat(planner.afterSuccess(NOW, busy, Duration.ofMinutes(90), null, null, noJitter)).isEqualTo(NOW.plus(Duration.ofMinutes(90)));
        assertThat(planner.afterSuccess(NOW, busy, null, Duration.ofHours(2), null, noJitter)).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(planner.afterSuccess(NOW, busy, null, null, NOW.plus(Duration.ofHours(3)), noJitter)).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(planner.afterSuccess(NOW, busy, Duration.ofDays(3), null, null, noJitter)).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void jitterNeverShortensRetryAfterOrTheFeedsOwnLowerBounds() {
        PollPlanner planner = new PollPlanner(new Random(5));
        List<Instant> busy = every(Duration.ofMinutes(20), 10);
        for (int i = 0; i < 200; i++) {
            assertThat(planner.afterFailure(NOW, 1, Duration.ofHours(2), bounds)).isAfterOrEqualTo(NOW.plus(Duration.ofHours(2)));
            assertThat(planner.afterSuccess(NOW, busy, Duration.ofHours(1), null, null, bounds)).isAfterOrEqualTo(NOW.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void failuresBackOffExponentiallyAndHonourRetryAfter() {
        PollPlanner planner = new PollPlanner(new Random(1));
        assertThat(planner.afterFailure(NOW, 1, null, noJitter)).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(planner.afterFailure(NOW, 2, null, noJitter)).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(planner.afterFailure(NOW, 4, null, noJitter)).isEqualTo(NOW.plus(Duration.ofMinutes(40)));
        assertThat(planner.afterFailure(NOW, 9, null, noJitter)).isEqualTo(NOW.plus(Duration.ofHours(21).plusMinutes(20)));
        assertThat(planner.afterFailure(NOW, 1, Duration.ofHours(1), noJitter)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(planner.afterFailure(NOW, 10, null, noJitter)).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }
}
