package io.veille.enricher.events;

import io.veille.common.event.ArticleEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.veille.common.event.ArticleEvent.Kind.DEADLINE;
import static io.veille.common.event.ArticleEvent.Kind.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

class EventMergerTest {

    private static ArticleEvent e(ArticleEvent.Kind kind, String type, String name, String start, String end, String city) {
        return new ArticleEvent(kind, type, name, LocalDate.parse(start), LocalDate.parse(end), null, city, "s");
    }

    @Test
    void mergesTheSameEventAndFillsWhatTheFirstMentionLacked() {
        List<ArticleEvent> merged = EventMerger.merge(List.of(
                e(EVENT, "conference", null, "2026-06-10", "2026-06-12", "Brno"),
                e(EVENT, "conference", "DevConf.CZ", "2026-06-10", "2026-06-12", null)));
        assertThat(merged).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("DevConf.CZ");
            assertThat(m.city()).isEqualTo("Brno");
        });
    }

    @Test
    void keepsTheWidestDatesWhenOneMentionIsInsideTheOther() {
        List<ArticleEvent> merged = EventMerger.merge(List.of(
                e(EVENT, "workshop", null, "2026-10-29", "2026-10-29", null),
                e(EVENT, "conference", "PyCon France", "2026-10-29", "2026-11-01", "Strasbourg")));
        assertThat(merged).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo("2026-10-29");
            assertThat(m.end()).isEqualTo("2026-11-01");
            assertThat(m.type()).isEqualTo("conference");
        });
    }

    @Test
    void keepsAnEventAndADeadlineOnTheSameDayApart() {
        assertThat(EventMerger.merge(List.of(
                e(EVENT, "conference", null, "2026-03-31", "2026-03-31", null),
                e(DEADLINE, "tickets", null, "2026-03-31", "2026-03-31", null)))).hasSize(2);
    }

    @Test
    void keepsTwoDifferentDeadlinesClosingTheSameDayApart() {
        assertThat(EventMerger.merge(List.of(
                e(DEADLINE, "tickets", null, "2026-03-31", "2026-03-31", null),
                e(DEADLINE, "call-for-papers", null, "2026-03-31", "2026-03-31", null)))).hasSize(2);
    }

    @Test
    void keepsAReleaseAndAMeetupOnTheSameDayApart() {
        assertThat(EventMerger.merge(List.of(
                e(EVENT, "release", "Kubernetes 1.36", "2026-04-22", "2026-04-22", null),
                e(EVENT, "meetup", null, "2026-04-22", "2026-04-22", "Lisbon")))).hasSize(2);
    }

    @Test
    void keepsTwoDifferentlyNamedEventsApart() {
        assertThat(EventMerger.merge(List.of(
                e(EVENT, "conference", "Open Source Summit", "2026-06-01", "2026-06-03", null),
                e(EVENT, "conference", "Embedded Linux Conference", "2026-06-02", "2026-06-02", null)))).hasSize(2);
    }

    @Test
    void keepsEventsOnDifferentDaysApartInOrder() {
        assertThat(EventMerger.merge(List.of(
                e(EVENT, "meetup", "A", "2026-04-07", "2026-04-07", null),
                e(EVENT, "webinar", "B", "2026-04-09", "2026-04-09", null))))
                .extracting(ArticleEvent::name).containsExactly("A", "B");
    }
}
