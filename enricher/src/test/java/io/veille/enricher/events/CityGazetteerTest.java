package io.veille.enricher.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CityGazetteerTest {
    private static final CityGazetteer CITIES = CityGazetteer.bundled();

    @Test
    void namesFrenchAndEnglishFormsOfACityAlike() {
        assertThat(CITIES.cityIn("Le FOSDEM aura lieu à Bruxelles")).isEqualTo("Brussels");
        assertThat(CITIES.cityIn("FOSDEM takes place in Brussels")).isEqualTo("Brussels");
        assertThat(CITIES.cityIn("Rendez-vous à Londres")).isEqualTo("London");
    }

    @Test
    void findsACityInsideAHyphenatedVenue() {
        assertThat(CITIES.cityIn("au CENTQUATRE-PARIS")).isEqualTo("Paris");
    }

    @Test
    void findsCitiesOfSeveralWords() {
        assertThat(CITIES.cityIn("KubeCon takes place in Salt Lake City")).isEqualTo("Salt Lake City");
    }

    @Test
    void ignoresLowerCaseWordsAndWordsThatOnlyStartLikeACity() {
        assertThat(CITIES.cityIn("a nice day in the parish")).isNull();
        assertThat(CITIES.cityIn("Parisians love Lyonnaise food")).isNull();
    }

    @Test
    void listsEveryCityOfASentenceWithItsOffsets() {
        String s = "De Lyon à Genève";
        assertThat(CITIES.find(s, TextFold.fold(s))).extracting(CityGazetteer.Hit::city, CityGazetteer.Hit::from)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lyon", 3),
                        org.assertj.core.groups.Tuple.tuple("Geneva", 10));
    }
}
