package io.veille.enricher.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class YearResolverTest {

    private static DateMention day(int d, int m, int y) {
        return new DateMention(d, m, y, d, m, y, 0, 0);
    }

    private static LocalDate[] resolve(DateMention m, String published) {
        return YearResolver.resolve(m, LocalDate.parse(published));
    }

    @Test
    void keepsAnExplicitYear() {
        assertThat(resolve(day(3, 2, 2025), "2026-06-01")[0]).isEqualTo("2025-02-03");
    }

    @Test
    void placesAYearlessDayAfterPublicationInTheSameYear() {
        assertThat(resolve(day(3, 2, 0), "2026-01-20")[0]).isEqualTo("2026-02-03");
    }

    @Test
    void placesAYearlessDayMonthsBeforePublicationInTheNextYear() {
        assertThat(resolve(day(30, 1, 0), "2026-12-10")[0]).isEqualTo("2027-01-30");
    }

    @Test
    void keepsAYearlessDayAFewWeeksBeforePublicationInThePast() {
        assertThat(resolve(day(10, 2, 0), "2026-02-20")[0]).isEqualTo("2026-02-10");
    }

    @Test
    void placesALateDecemberDayReadInJanuaryInThePreviousYear() {
        assertThat(resolve(day(20, 12, 0), "2026-01-10")[0]).isEqualTo("2025-12-20");
    }

    @Test
    void givesARangeCrossingNewYearTheYearOfItsEndAndThePreviousOneToItsStart() {
        DateMention m = new DateMention(28, 12, 0, 3, 1, 0, 0, 0);
        LocalDate[] days = resolve(m, "2026-12-01");
        assertThat(days).containsExactly(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-03"));
    }

    @Test
    void rejectsADayThatDoesNotExistThatYear() {
        assertThat(resolve(day(29, 2, 2027), "2026-12-01")).isNull();
    }
}
