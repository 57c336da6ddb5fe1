package io.veille.ingester.state;

import io.veille.common.event.EventJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingester's mapper reads its records exactly as the shared mapper does. */
class StateJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T09:31:01Z", "2026-11-29T09:31:01.5Z", "2026-11-29T09:31:01.123Z",
            "2026-11-29T09:31:01.123456Z", "2026-11-29T09:31:01.123456789Z", "1970-01-01T00:00:00Z",
            "2024-02-29T23:59:59.000000001Z", "1969-12-31T23:59:59.999Z"})
    void aUtcInstantIsReadAsInstantParseReadsIt(String text) {
        assertThat(StateJson.parseUtc(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T09:31:01+02:00", "2026-02-30T09:31:01Z", "2026-11-29T24:00:00Z",
            "2026-11-29 09:31:01Z", "2026-11-29T09:31Z", "2026-11-29T09:31:01.Z", "2026-11-29T09:31:01.1234567890Z", "+12026-11-29T09:31:01Z"})
    void anyOtherFormIsLeftToJacksonsOwnReading(String text) throws Exception {
        assertThat(StateJson.parseUtc(text)).isNull();
        String json = "\"" + text + "\"";
        Object expected;
        try {
            expected = EventJson.mapper().readValue(json, Instant.class);
        } catch (Exception e) {
            expected = e.getClass();
        }
        Object actual;
        try {
            actual = StateJson.read(json, Instant.class);
        } catch (Exception e) {
            actual = e.getClass();
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aFeedStateWrittenByTheSharedMapperIsReadBackEqual() throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            seen.put(String.format("%032x", i * 7919L), String.format("%064x", i * 104729L));
        }
        FeedState state = FeedState.initial("feed-1")
                .succeeded("https://example.org/feed.xml", "\"v1\"", "Sun, 01 Nov 2026 06:00:00 GMT", seen,
                        List.of(Instant.parse("2026-11-29T08:00:00Z"), Instant.parse("2026-11-28T17:45:12.250Z")),
                        Instant.parse("2026-11-29T09:31:01.123456789Z"), Instant.parse("2026-11-29T10:31:01Z"));
        String json = EventJson.mapper().writeValueAsString(state);

        FeedState read = StateJson.read(json, FeedState.class);

        assertThat(read).isEqualTo(state).isEqualTo(EventJson.mapper().readValue(json, FeedState.class));
        assertThat(read.seen()).containsExactlyEntriesOf(seen);
    }
}
