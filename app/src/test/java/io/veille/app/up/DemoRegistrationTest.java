package io.veille.app.up;

import io.veille.ingester.state.FeedHealth;
import io.veille.ingester.state.FeedState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRegistrationTest {
    @Test
    void aFeedServedOnAnotherPortKeepsWhatItHasSeenAndIsDueAtOnce() {
        Instant polled = Instant.parse("2026-11-29T05:00:00Z");
        FeedState before = new FeedState("feed-1", "http://127.0.0.1:40001/ai-digest.json", "\"abc\"", null,
                Map.of("article-1", "hash-1"), List.of(polled), 0, null, null, polled, polled.plusSeconds(3), FeedHealth.OK);

        FeedState after = DemoRegistration.movedTo(before, "http://127.0.0.1:40002/ai-digest.json");

        assertThat(after.url()).isEqualTo("http://127.0.0.1:40002/ai-digest.json");
        assertThat(after.seen()).isEqualTo(before.seen());
        assertThat(after.etag()).isEqualTo("\"abc\"");
        assertThat(after.nextPollAt()).isNull();
        assertThat(after.feedId()).isEqualTo("feed-1");
    }
}
