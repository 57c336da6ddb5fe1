package io.veille.common.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated thing an article announces: an {@link Kind#EVENT event} (conference, meetup, release) or a
 * {@link Kind#DEADLINE deadline} (a consultation, call for papers, registration or ticket sale that closes).
 *
 * @param kind     event or deadline
 * @param type     finer kind, free text from the extractor: {@code conference}, {@code meetup}, {@code release},
 *                 {@code consultation}, {@code call-for-papers}, {@code registration}, {@code tickets}
 * @param name     what it is called, when the article names it
 * @param start    first day (for a deadline, the day it opens if known, else the closing day)
 * @param end      last day (for a deadline, the closing day); equal to start for a one-day event
 * @param venue    the place, when named
 * @param city     the city, when named
 * @param sentence the sentence the dates were read from
 */
public record ArticleEvent(
        Kind kind,
        String type,
        String name,
        LocalDate start,
        LocalDate end,
        String venue,
        String city,
        String sentence) {

    public ArticleEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (end == null) {
            end = start;
        }
    }

    public enum Kind {
        EVENT, DEADLINE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Kind fromJson(String value) {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
