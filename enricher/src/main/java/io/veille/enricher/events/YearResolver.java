package io.veille.enricher.events;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Gives a year to dates written without one, from the day the article was published: the earliest
 * year that does not put the date more than {@link #GRACE_DAYS} days before publication. So "le 3 février"
 * read in an article of 20 January is this year's, and "on 30 January" read on 10 December is next year's,
 * while a day a few weeks back ("lors du meetup du 10 février", read on 20 February) stays in the past.
 * A range gets the year of its end, its start one year earlier when it crosses New Year.
 */
final class YearResolver {
    /** How far before publication a yearless date may fall and still be this year's. */
    static final int GRACE_DAYS = 56;

    private YearResolver() {
    }

    /**
     * The first and last day of {@code m}, or null when the day does not exist (30 February).
     *
     * @param m         the date expression
     * @param published the day of publication (never null)
     */
    static LocalDate[] resolve(DateMention m, LocalDate published) {
        try {
            int endYear = m.endYear();
            if (endYear == 0) {
                endYear = yearFor(m.endMonth(), m.endDay(), published);
            }
            LocalDate end = LocalDate.of(endYear, m.endMonth(), m.endDay());
            int startYear = m.startYear();
            if (startYear == 0) {
                boolean wraps = m.startMonth() > m.endMonth()
                        || (m.startMonth() == m.endMonth() && m.startDay() > m.endDay());
                startYear = wraps ? endYear - 1 : endYear;
            }
            LocalDate start = LocalDate.of(startYear, m.startMonth(), m.startDay());
            if (start.isAfter(end)) {
                return null;
            }
            return new LocalDate[] {start, end};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The earliest year in which month/day is no more than GRACE_DAYS before {@code published}. */
    static int yearFor(int month, int day, LocalDate published) {
        LocalDate floor = published.minusDays(GRACE_DAYS);
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            int d = (month == 2 && day == 29 && !java.time.Year.isLeap(y)) ? 28 : day;
            if (!LocalDate.of(y, month, d).isBefore(floor)) {
                return y;
            }
        }
        return published.getYear() + 1;
    }
}
