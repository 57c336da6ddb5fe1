package io.veille.enricher.tagging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermAnalyzersTest {
    private final TermAnalyzers analyzers = new TermAnalyzers();

    @Test
    void frenchSingularAndPluralAccentedFormsGiveTheSameTokens() {
        assertThat(analyzers.analyze("fr", "souverainetés numériques"))
                .containsExactly(analyzers.analyze("fr", "souveraineté numérique"));
    }

    @Test
    void frenchAccentsAreFoldedSoThatUnaccentedWritingMatches() {
        assertThat(analyzers.analyze("fr", "securite")).containsExactly(analyzers.analyze("fr", "sécurité"));
    }

    @Test
    void frenchElisionIsRemoved() {
        assertThat(analyzers.analyze("fr", "l'intelligence d'IA"))
                .containsExactly(analyzers.analyze("fr", "intelligence IA"));
    }

    @Test
    void frenchStopWordsDoNotSeparateAPhrase() {
        assertThat(analyzers.analyze("fr", "la protection des données"))
                .containsExactly(analyzers.analyze("fr", "protection données"));
    }

    @Test
    void englishInflectionsAreStemmedAlike() {
        assertThat(analyzers.analyze("en", "sovereign clouds")).containsExactly(analyzers.analyze("en", "sovereign cloud"));
        assertThat(analyzers.analyze("en", "vulnerabilities")).containsExactly(analyzers.analyze("en", "vulnerability"));
    }

    @Test
    void hyphenatedWordsSplitLikeSpacedOnes() {
        assertThat(analyzers.analyze("en", "open-source")).containsExactly(analyzers.analyze("en", "open source"));
    }

    @Test
    void emptyTextGivesNoTokens() {
        assertThat(analyzers.analyze("fr", "")).isEmpty();
        assertThat(analyzers.analyze("en", null)).isEmpty();
    }
}
