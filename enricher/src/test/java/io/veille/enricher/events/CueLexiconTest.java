package io.veille.enricher.events;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CueLexiconTest {
    private static final CueLexicon LEXICON = CueLexicon.bundled();

    private static List<String> types(String sentence) {
        return LEXICON.find(TextFold.fold(sentence)).stream().map(h -> h.kind() + ":" + h.cue().type()).toList();
    }

    @Test
    void matchesAPrefixCueOnPluralsAndAccents() {
        assertThat(types("Deux Conférences")).containsExactly("EVENT:conference");
    }

    @Test
    void letsTheLongestCueWinWhereTwoOverlap() {
        assertThat(types("L'appel à conférences ferme bientôt")).containsExactly("DEADLINE:call-for-papers", "CLOSING:");
    }

    @Test
    void matchesAWholeWordCueOnlyAsAWholeWord() {
        assertThat(types("cfpx")).isEmpty();
        assertThat(types("the CFP")).containsExactly("DEADLINE:call-for-papers");
    }

    @Test
    void tellsAPastStartingPointBeforeADate() {
        String s = TextFold.fold("Depuis le 3 mars");
        assertThat(LEXICON.beforeCue(s, s.indexOf('3'))).isEqualTo(Cue.Kind.SINCE);
        String en = TextFold.fold("since March 3");
        assertThat(LEXICON.beforeCue(en, en.indexOf("March".toLowerCase()))).isEqualTo(Cue.Kind.SINCE);
    }

    @Test
    void tellsAnEndBeforeADate() {
        for (String s : new String[] {"ouvert jusqu'au 3 mars", "due by 3 March", "open until 3 March",
                "envoyées avant le 3 mars"}) {
            String f = TextFold.fold(s);
            assertThat(LEXICON.beforeCue(f, f.indexOf('3'))).as(s).isEqualTo(Cue.Kind.UNTIL);
        }
        String plain = TextFold.fold("aura lieu le 3 mars");
        assertThat(LEXICON.beforeCue(plain, plain.indexOf('3'))).isNull();
    }

    @Test
    void rejectsAMalformedLine() {
        assertThatThrownBy(() -> CueLexicon.read(new ByteArrayInputStream("event conference\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }

    @Test
    void readsACustomLexicon() throws IOException {
        CueLexicon custom = CueLexicon.read(new ByteArrayInputStream(
                "# mine\nevent\tmeetup\tapéro*\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(custom.find(TextFold.fold("Un Apéros Python"))).hasSize(1);
    }
}
