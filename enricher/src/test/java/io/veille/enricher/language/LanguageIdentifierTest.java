package io.veille.enricher.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr|La nouvelle version du noyau améliore la gestion de l'énergie sur les ordinateurs portables et corrige plusieurs failles.",
            "en|The new kernel release improves power management on laptops and fixes several security flaws.",
            "de|Die neue Version des Kernels verbessert die Energieverwaltung auf Laptops und behebt mehrere Sicherheitslücken.",
            "es|La nueva versión del núcleo mejora la gestión de energía en los portátiles y corrige varias vulnerabilidades.",
            "it|La nuova versione del kernel migliora la gestione energetica sui portatili e corregge diverse vulnerabilità.",
            "nl|De nieuwe versie van de kernel verbetert het energiebeheer op laptops en verhelpt meerdere beveiligingslekken.",
            "pt|A nova versão do núcleo melhora a gestão de energia nos portáteis e corrige várias vulnerabilidades de segurança."})
    void tellsEachServedLanguage(String expected, String text) {
        DetectedLanguage detected = IDENTIFIER.detect(null, text, null);
        assertThat(detected.code()).isEqualTo(expected);
        assertThat(detected.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void frenchTextFullOfEnglishJargonIsStillFrench() {
        assertThat(IDENTIFIER.detect("Platform engineering et GitOps",
                "Le platform engineering et le GitOps sont au programme du meetup cloud native de jeudi soir.", null).code())
                .isEqualTo("fr");
    }

    @Test
    void aWrongHintDoesNotOverrideClearText() {
        assertThat(IDENTIFIER.detect("Open source summit", "The conference brings together maintainers and companies to talk about licensing and funding.", "fr").code())
                .isEqualTo("en");
    }

    @Test
    void aMatchingHintRaisesTheConfidence() {
        String text = "Cloud Native Days";
        double without = IDENTIFIER.detect(null, text, null).confidence();
        DetectedLanguage hinted = IDENTIFIER.detect(null, text, IDENTIFIER.detect(null, text, null).code());
        assertThat(hinted.confidence()).isGreaterThan(without);
    }

    @Test
    void withoutTextTheHintIsUsedWithZeroConfidence() {
        assertThat(IDENTIFIER.detect("", "", "fr-FR")).isEqualTo(new DetectedLanguage("fr", 0.0));
        assertThat(IDENTIFIER.detect(null, null, null)).isEqualTo(new DetectedLanguage("und", 0.0));
    }

    @Test
    void hintsAreNormalizedToServedLanguages() {
        assertThat(LanguageIdentifier.normalizeHint("en_US")).isEqualTo("en");
        assertThat(LanguageIdentifier.normalizeHint("FR-be")).isEqualTo("fr");
        assertThat(LanguageIdentifier.normalizeHint("ja")).isNull();
    }
}
