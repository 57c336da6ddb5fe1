package io.veille.enricher.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VenueFinderTest {
    private final VenueFinder venues = new VenueFinder(CityGazetteer.bundled());

    private String venue(String s) {
        return venues.find(s, TextFold.fold(s), NameRun.find(s), 0);
    }

    @Test
    void readsAVenueAfterAu() {
        assertThat(venue("Deux mille personnes sont attendues le mardi 3 février 2026 au CENTQUATRE-PARIS."))
                .isEqualTo("CENTQUATRE-PARIS");
    }

    @Test
    void readsAVenueAfterAtThe() {
        assertThat(venue("The summit is held on June 4 at the Palais des Congrès.")).isEqualTo("Palais des Congrès");
        assertThat(venue("KubeCon runs March 23–26 at the RAI Amsterdam.")).isEqualTo("RAI Amsterdam");
    }

    @Test
    void dropsTheCityAtTheEndOfALongVenueName() {
        assertThat(venue("La conférence a lieu au Palais des Congrès de Paris.")).isEqualTo("Palais des Congrès");
        assertThat(venue("Le salon a lieu aux Docks de Paris.")).isEqualTo("Docks de Paris");
    }

    @Test
    void readsAVenueAfterABareAOnlyWhenItNamesAPlace() {
        assertThat(venue("Le forum se tient à Lille Grand Palais.")).isEqualTo("Lille Grand Palais");
        assertThat(venue("Le hackathon se tient à Station F.")).isEqualTo("Station F");
        assertThat(venue("Le meetup se tient à Nantes.")).isNull();
    }

    @Test
    void doesNotTakeACityForAVenue() {
        assertThat(venue("KubeCon se tiendra au Amsterdam.")).isNull();
        assertThat(venue("FOSDEM takes place at Brussels.")).isNull();
    }
}
