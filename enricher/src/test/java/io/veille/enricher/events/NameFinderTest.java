package io.veille.enricher.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFinderTest {
    private static final CueLexicon LEXICON = CueLexicon.bundled();
    private final NameFinder names = new NameFinder(CityGazetteer.bundled());

    private String name(String s, boolean release) {
        int at = Math.max(0, s.indexOf(" le ")) ;
        return names.find(s, NameRun.find(s), LEXICON.find(TextFold.fold(s)), at, release, null);
    }

    @Test
    void takesARunThatLooksLikeAnEventWithItsYear() {
        assertThat(name("Une équipe prépare les Cloud Native Days France 2026, une conférence associative.", false))
                .isEqualTo("Cloud Native Days France 2026");
        assertThat(name("La KubeCon Europe se tiendra du 23 au 26 mars à Amsterdam.", false)).isEqualTo("KubeCon Europe");
    }

    @Test
    void takesARunStandingRightNextToACue() {
        assertThat(name("Sunny Tech se tiendra les 2 et 3 juillet à Montpellier.", false)).isEqualTo("Sunny Tech");
        assertThat(name("Le prochain meetup Python Rennes se tiendra le jeudi 9 avril.", false)).isEqualTo("Python Rennes");
    }

    @Test
    void takesAProductAndItsVersionForARelease() {
        assertThat(name("Kubernetes 1.36 sera disponible le mercredi 22 avril.", true)).isEqualTo("Kubernetes 1.36");
    }

    @Test
    void returnsNullRatherThanACommonNounOrACity() {
        assertThat(name("Le sommet se tiendra le lundi 10 février 2026.", false)).isNull();
        assertThat(name("Le hackathon se tiendra à Nantes le 3 mars.", false)).isNull();
    }

    @Test
    void doesNotTakeAWordCapitalizedBecauseItStartsTheSentence() {
        assertThat(name("Sa disponibilité générale est prévue le 2 juin.", true)).isNull();
    }

    @Test
    void skipsTheVenue() {
        String s = "Le salon Open Source Experience revient au Palais des Congrès de Paris le 8 décembre.";
        assertThat(names.find(s, NameRun.find(s), LEXICON.find(TextFold.fold(s)), s.indexOf(" le "), false,
                "Palais des Congrès")).isEqualTo("Open Source Experience");
    }
}
