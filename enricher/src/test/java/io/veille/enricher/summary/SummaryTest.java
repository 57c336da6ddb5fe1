package io.veille.enricher.summary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {
    @Test
    void aShortTextIsItsOwnSummary() {
        assertThat(LeadSummary.of("Une phrase.  Deux phrases.", "fr")).isEqualTo("Une phrase. Deux phrases.");
    }

    @Test
    void theLeadIsCutAtASentenceBoundary() {
        String text = "Première phrase du chapeau. Deuxième phrase qui complète. " + "Une suite très longue. ".repeat(20);
        String summary = LeadSummary.of(text, "fr", 80);
        assertThat(summary).isEqualTo("Première phrase du chapeau. Deuxième phrase qui complète.");
    }

    @Test
    void aVeryLongFirstSentenceIsCutAtAWord() {
        String summary = LeadSummary.of("mot ".repeat(100) + ".", "fr", 50);
        assertThat(summary).endsWith("mot…").hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void noTextGivesNoSummary() {
        assertThat(LeadSummary.of("  ", "en")).isNull();
    }

    @Test
    void readingTimeIsRoundedUpAndAtLeastOneMinute() {
        assertThat(ReadingTime.minutes("un deux trois")).isEqualTo(1);
        assertThat(ReadingTime.minutes("mot ".repeat(ReadingTime.WORDS_PER_MINUTE + 1))).isEqualTo(2);
        assertThat(ReadingTime.minutes("")).isZero();
    }
}
