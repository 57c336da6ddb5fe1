package io.veille.ingester.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Tue, 03 Feb 2026 09:30:00 +0100 | 2026-02-03T08:30:00Z",
            "Tue, 3 Feb 2026 09:30:00 GMT | 2026-02-03T09:30:00Z",
            "03 Feb 2026 09:30:00 +0100 | 2026-02-03T08:30:00Z",
            "Tue, 03 Feb 26 09:30:00 EST | 2026-02-03T14:30:00Z",
            "Tue, 03 Feb 2026 09:30 PDT | 2026-02-03T16:30:00Z",
            "Tuesday, 03-Feb-26 09:30:00 UT | 2026-02-03T09:30:00Z",
            "2026-02-03T09:30:00Z | 2026-02-03T09:30:00Z",
            "2026-02-03T09:30:00.123+01:00 | 2026-02-03T08:30:00Z",
            "2026-02-03T09:30:00+0100 | 2026-02-03T08:30:00Z",
            "2026-02-03T09:30:00 | 2026-02-03T09:30:00Z",
            "2026-02-03 09:30 | 2026-02-03T09:30:00Z",
            "2026-02-03 | 2026-02-03T00:00:00Z",
            "mardi 3 février 2026 09:30:00 +0100 | 2026-02-03T08:30:00Z",
            "Mar, 03 Fév 2026 09:30:00 CET | 2026-02-03T08:30:00Z",
            "3 fevrier 2026 à 9h30 | 2026-02-03T09:30:00Z",
            "1er août 2025 | 2025-08-01T00:00:00Z",
            "Lundi 5 janvier 26 | 2026-01-05T00:00:00Z",
            "03 févr. 2026 | 2026-02-03T00:00:00Z",
            "le 14 juillet 2025 à 18:05 | 2025-07-14T18:05:00Z",
            "February 3, 2026 | 2026-02-03T00:00:00Z",
            "Feb 3rd, 2026 9:30 PM | 2026-02-03T21:30:00Z",
            "Tuesday, February 3, 2026 at 9:30 am GMT+2 | 2026-02-03T07:30:00Z",
            "2026/02/03 09:30:00 | 2026-02-03T09:30:00Z",
            "03/02/2026 | 2026-02-03T00:00:00Z",
            "25.12.2025 | 2025-12-25T00:00:00Z",
            "1770111000 | 2026-02-03T09:30:00Z",
            "Tue, 03 Feb 2026 09:30:00 +01:00 | 2026-02-03T08:30:00Z",
            "03 mars 2026 10:00 | 2026-03-03T10:00:00Z",
            "Tue Feb 03 09:30:00 UTC 2026 | 2026-02-03T09:30:00Z",
            "Tue Feb 03 2026 09:30:00 GMT+0100 (Central European Standard Time) | 2026-02-03T08:30:00Z",
            "  Tue,  03 Feb 2026   09:30:00 GMT  | 2026-02-03T09:30:00Z"})
    void readsDatesInTheShapesFeedsUse(String raw, String expected) {
        assertThat(DateParser.parse(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "02/03/2026 | en-US | 2026-02-03T00:00:00Z",
            "02/03/2026 | fr | 2026-03-02T00:00:00Z",
            "12/25/2025 | fr | 2025-12-25T00:00:00Z"})
    void ambiguousNumericDatesFollowTheLanguageUnlessTheNumbersDecide(String raw, String lang, String expected) {
        assertThat(DateParser.parse(raw, lang)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] '{0}'")
    @ValueSource(strings = {"", "   ", "not a date", "yesterday", "32 janvier 2026", "0000-00-00 00:00:00",
            "1970-01-01T00:00:00Z", "Tue, 03 Foo 2026 09:30:00 GMT", "2026-13-45"})
    void refusesGarbage(String raw) {
        assertThat(DateParser.parse(raw)).isEmpty();
    }
}
