package io.veille.ingester.state;

import io.veille.common.event.EventJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FeedStateTest {
    private static final Instant T = Instant.parse("2026-02-10T12:00:00Z");

    @Test
    void aStateSurvivesItsJsonFormWithSeenItemsInOrder() throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("b", "hash-b");
        seen.put("a", "hash-a");
        FeedState state = FeedState.initial("feed").succeeded("https://x.example/feed", "\"e1\"", "Mon, 09 Feb 2026 10:00:00 GMT",
                seen, List.of(T.minusSeconds(60), T), T, T.plusSeconds(300)).failed("HTTP 500", T.plusSeconds(400), T.plusSeconds(700), 10);
        String json = EventJson.mapper().writeValueAsString(state);
        FeedState back = EventJson.mapper().readValue(json, FeedState.class);
        assertThat(back).isEqualTo(state);
        assertThat(back.seen().keySet()).containsExactly("b", "a");
        assertThat(back.health()).isEqualTo(FeedHealth.FAILING);
        assertThat(back.etag()).isEqualTo("\"e1\"");
    }

    @Test
    void seenItemsKeepTheNewestWithinTheLimit() {
        Map<String, String> previous = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            previous.put("old" + i, "h");
        }
        Map<String, String> merged = FeedState.mergeSeen(previous, Map.of("old0", "h2", "new", "h"), 4);
        assertThat(merged).hasSize(4).containsKeys("old0", "new", "old4", "old3").doesNotContainKeys("old1", "old2");
        assertThat(merged.get("old0")).isEqualTo("h2");
    }

    @Test
    void aSuccessClearsTheErrorCountButKeepsTheLastError() {
        FeedState failing = FeedState.initial("f").failed("boom", T, T, 2).failed("boom again", T, T, 2);
        assertThat(failing.health()).isEqualTo(FeedHealth.PARKED);
        FeedState ok = failing.succeeded(null, null, null, Map.of(), List.of(), T, T);
        assertThat(ok.consecutiveErrors()).isZero();
        assertThat(ok.health()).isEqualTo(FeedHealth.OK);
        assertThat(ok.lastError()).isEqualTo("boom again");
    }
}
