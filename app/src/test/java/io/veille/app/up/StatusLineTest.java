package io.veille.app.up;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class StatusLineTest {
    @Test
    void showsFeedsFetchedAndArticlesAtEachStageWithTheirCounts() {
        String line = StatusLine.format(new Progress(9, 4, 0, 37, 30, 12, 0), Duration.ofSeconds(41));

        assertThat(line).isEqualTo("feeds 4/9 fetched · articles 37 ingested → 30 enriched → 12 indexed · 41 s");
    }

    @Test
    void namesFailedFeedsAndDeadLetteredRecordsOnlyWhenThereAreAny() {
        String line = StatusLine.format(new Progress(9, 9, 2, 70, 69, 69, 1), Duration.ofSeconds(125));

        assertThat(line).contains("feeds 9/9 fetched (2 failed)").contains("· 1 dead-lettered").endsWith("2 min 05 s");
        assertThat(StatusLine.format(new Progress(1, 1, 0, 0, 0, 0, 0), Duration.ZERO)).doesNotContain("failed", "dead");
    }

    @Test
    void writesLongRunsInHoursAndMinutes() {
        assertThat(StatusLine.elapsed(Duration.ofMinutes(62).plusSeconds(9))).isEqualTo("1 h 02 min");
    }
}
