package io.veille.enricher.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    @Test
    void cutsAtFullStopsFollowedByACapital() {
        assertThat(SentenceSplitter.split("Le FOSDEM revient. Il aura lieu à Bruxelles! Venez?"))
                .containsExactly("Le FOSDEM revient.", "Il aura lieu à Bruxelles!", "Venez?");
    }

    @Test
    void doesNotCutAfterAMonthAbbreviationOrInsideAVersion() {
        assertThat(SentenceSplitter.split("It runs Feb. 3 to 5. Version 3.12.4 ships too."))
                .containsExactly("It runs Feb. 3 to 5.", "Version 3.12.4 ships too.");
    }

    @Test
    void cutsAtLineBreaksAndDropsBlankLines() {
        assertThat(SentenceSplitter.split("Titre\n\nPremier paragraphe")).containsExactly("Titre", "Premier paragraphe");
    }

    @Test
    void returnsNothingForNullOrEmptyText() {
        assertThat(SentenceSplitter.split(null)).isEmpty();
        assertThat(SentenceSplitter.split("")).isEmpty();
    }
}
