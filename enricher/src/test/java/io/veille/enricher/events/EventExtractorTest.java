package io.veille.enricher.events;

import io.veille.common.event.ArticleEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class EventExtractorTest {
    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static String resource(String name) throws IOException {
        try (InputStream in = EventExtractorTest.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<ArticleEvent> extract(String title, String text, String published) {
        return EXTRACTOR.extract(title, text, Instant.parse(published + "T08:00:00Z"), null);
    }

    @Test
    void findsTheSeedConferenceWithItsDateVenueAndCity() throws IOException {
        List<ArticleEvent> events = EXTRACTOR.extract("Cloud Native Days France 2026 : la communauté DevOps au 104",
                resource("seed-conference-fr.txt"), Instant.parse("2026-01-12T08:00:00Z"), "fr");
        assertThat(events).hasSize(1);
        ArticleEvent e = events.get(0);
        assertThat(e.kind()).isEqualTo(ArticleEvent.Kind.EVENT);
        assertThat(e.type()).isEqualTo("conference");
        assertThat(e.start()).isEqualTo("2026-02-03");
        assertThat(e.end()).isEqualTo("2026-02-03");
        assertThat(e.venue()).isEqualTo("CENTQUATRE-PARIS");
        assertThat(e.city()).isEqualTo("Paris");
        assertThat(e.name()).isEqualTo("Cloud Native Days France 2026");
        assertThat(e.sentence()).contains("mardi 3 février 2026");
    }

    @Test
    void findsTheSeedConsultationClosingOnItsLastDay() throws IOException {
        List<ArticleEvent> events = EXTRACTOR.extract("L'Europe consulte sur sa stratégie open source",
                resource("seed-consultation-fr.txt"), Instant.parse("2026-01-08T08:00:00Z"), "fr");
        assertThat(events).hasSize(1);
        ArticleEvent e = events.get(0);
        assertThat(e.kind()).isEqualTo(ArticleEvent.Kind.DEADLINE);
        assertThat(e.type()).isEqualTo("consultation");
        assertThat(e.start()).isEqualTo("2026-01-06");
        assertThat(e.end()).isEqualTo("2026-02-03");
    }

    @Test
    void leavesOutDatesBeforePublication() {
        assertThat(extract("Retour sur la KubeCon",
                "La KubeCon s'est tenue du 10 au 13 novembre à Atlanta. Le 12 novembre, la CNCF a annoncé trois projets.",
                "2026-11-20")).isEmpty();
    }

    @Test
    void returnsTheSameEventMentionedTwiceOnce() {
        List<ArticleEvent> events = extract("DevConf.CZ returns June 10–12 in Brno",
                "Red Hat's community conference is coming back to Brno. From June 10 to 12, the faculty will host talks.",
                "2026-04-02");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).name()).isEqualTo("DevConf.CZ");
        assertThat(events.get(0).city()).isEqualTo("Brno");
    }

    @Test
    void foldsADayInsideAnEventIntoTheEvent() {
        List<ArticleEvent> events = extract("PyCon France",
                "PyCon France aura lieu du 29 octobre au 1er novembre à Strasbourg. Rendez-vous le 29 octobre pour les ateliers.",
                "2026-09-15");
        assertThat(events).extracting(ArticleEvent::start, ArticleEvent::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-10-29"), LocalDate.parse("2026-11-01")));
    }

    @Test
    void readsAnEventThatOpensOnOneDayAndRunsThroughAnother() {
        List<ArticleEvent> events = extract("CES preview", "CES opens January 6 in Las Vegas and runs through January 9.",
                "2026-12-01");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).start()).isEqualTo("2027-01-06");
        assertThat(events.get(0).end()).isEqualTo("2027-01-09");
        assertThat(events.get(0).city()).isEqualTo("Las Vegas");
    }

    @Test
    void keepsTwoSuccessiveEndsApart() {
        List<ArticleEvent> events = extract("Call for mentors",
                "Communities must sign up by 4 September, and mentors can submit projects until 25 September.", "2026-08-05");
        assertThat(events).extracting(ArticleEvent::end)
                .containsExactly(LocalDate.parse("2026-09-04"), LocalDate.parse("2026-09-25"));
    }

    @Test
    void readsARegistrationThatOpensAndClosesAsOneDeadline() {
        List<ArticleEvent> events = extract("Hackathon", "Les inscriptions ouvrent le 3 mars et ferment le 30 avril.",
                "2026-02-01");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).kind()).isEqualTo(ArticleEvent.Kind.DEADLINE);
        assertThat(events.get(0).start()).isEqualTo("2026-03-03");
        assertThat(events.get(0).end()).isEqualTo("2026-04-30");
    }

    @Test
    void leavesOutATicketSaleThatOnlyOpens() {
        assertThat(extract("Billets", "La billetterie ouvre le 3 mars.", "2026-02-01")).isEmpty();
        assertThat(extract("Early-bird passes on sale from 9 June", "The fair returns in the autumn.", "2026-05-01")).isEmpty();
        assertThat(extract("Billets", "Les billets seront en vente à partir du 12 mai.", "2026-04-01")).isEmpty();
    }

    @Test
    void givesADeadlineTheNameOfTheArticlesEvent() {
        List<ArticleEvent> events = extract("Capitole du Libre : les dates",
                "Capitole du Libre 2026 aura lieu les 21 et 22 novembre à Toulouse. L'appel à conférences ferme le 20 septembre.",
                "2026-08-01");
        assertThat(events).extracting(ArticleEvent::kind, ArticleEvent::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ArticleEvent.Kind.EVENT, "Capitole du Libre 2026"),
                org.assertj.core.groups.Tuple.tuple(ArticleEvent.Kind.DEADLINE, "Capitole du Libre 2026"));
    }

    @Test
    void keepsTheSentenceTheDatesWereReadFrom() {
        List<ArticleEvent> events = extract("GNOME 50", "Une version majeure. GNOME 50 est attendu pour le 18 mars. Bonne lecture.",
                "2026-02-15");
        assertThat(events).singleElement().extracting(ArticleEvent::sentence)
                .isEqualTo("GNOME 50 est attendu pour le 18 mars.");
    }

    @Test
    void readsDatesWhateverTheLanguageSaid() {
        String text = "The Kubernetes Zurich meetup will be held on 9 July near the main station.";
        Instant published = Instant.parse("2026-06-20T08:00:00Z");
        List<ArticleEvent> expected = EXTRACTOR.extract(null, text, published, "en");
        assertThat(expected).hasSize(1);
        assertThat(EXTRACTOR.extract(null, text, published, "fr")).isEqualTo(expected);
        assertThat(EXTRACTOR.extract(null, text, published, "de")).isEqualTo(expected);
        assertThat(EXTRACTOR.extract(null, text, published, null)).isEqualTo(expected);
    }

    @Test
    void resolvesYearsAgainstTheClockWhenThereIsNoPublicationDate() {
        EventExtractor fixed = new EventExtractor(Clock.fixed(Instant.parse("2026-12-10T00:00:00Z"), ZoneOffset.UTC));
        List<ArticleEvent> events = fixed.extract("FOSDEM", "Le FOSDEM aura lieu les 30 et 31 janvier à Bruxelles.", null, "fr");
        assertThat(events).singleElement().extracting(ArticleEvent::start).isEqualTo(LocalDate.parse("2027-01-30"));
    }

    @Test
    void returnsNothingForAnEmptyArticle() {
        assertThat(EXTRACTOR.extract(null, null, null, null)).isEmpty();
        assertThat(EXTRACTOR.extract("", "", Instant.EPOCH, "fr")).isEmpty();
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        String text = resource("bench-article-en.txt");
        Instant published = Instant.parse("2026-02-01T08:00:00Z");
        List<ArticleEvent> expected = EXTRACTOR.extract("Agenda", text, published, "en");
        assertThat(expected).isNotEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ArticleEvent>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> EXTRACTOR.extract("Agenda", text, published, "en")));
            }
            for (Future<List<ArticleEvent>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
