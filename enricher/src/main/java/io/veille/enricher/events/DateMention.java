package io.veille.enricher.events;

/**
 * A date expression found in a sentence, before its year is resolved: a single day or a range of days.
 * A missing month or year is 0.
 *
 * @param startDay   first day of the range
 * @param startMonth its month
 * @param startYear  its year, or 0 when the text does not say
 * @param endDay     last day (equal to the start for a single day)
 * @param endMonth   its month
 * @param endYear    its year, or 0
 * @param from       offset in the sentence where the expression starts
 * @param to         offset just after it
 */
record DateMention(int startDay, int startMonth, int startYear,
                   int endDay, int endMonth, int endYear,
                   int from, int to) {

    boolean isSingleDay() {
        return startDay == endDay && startMonth == endMonth && startYear == endYear;
    }
}
