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
        String summary = LeadSummary.of(text, "fr", 70);
        assertThat(summary).isEqualTo("Première phrase du chapeau. Deuxième phrase qui complète.");
    }

    @Test
    void aVeryLongFirstSentenceIsCutAtAWord() {
        String summary = LeadSummary.of("mot ".repeat(100) + ".", "fr", 50);
        assertThat(summary).endsWith("mot…").hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        String text = "M. Dupont et J. Martin ont présenté le projet, etc. devant la commission. " + "Suite du texte. ".repeat(30);
        assertThat(LeadSummary.of(text, "fr", 85)).isEqualTo("M. Dupont et J. Martin ont présenté le projet, etc. devant la commission.");
    }

    @Test
    void aQuestionOrExclamationEndsASentence() {
        String text = "Faut-il migrer ? Oui ! " + "Une suite très longue sans fin ".repeat(20);
        assertThat(LeadSummary.of(text, "fr", 40)).isEqualTo("Faut-il migrer ? Oui !");
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
