package io.veille.enricher.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldTest {

    @Test
    void lowersCaseAndRemovesAccentsKeepingTheLength() {
        String s = "Élysée, Février — Œuvre’s Zürich";
        String f = TextFold.fold(s);
        assertThat(f).isEqualTo("elysee, fevrier - ouvre's zurich");
        assertThat(f).hasSameSizeAs(s);
    }
}
