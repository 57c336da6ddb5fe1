package io.veille.app.up;

import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.registry.KafkaFeedRegistry;
import io.veille.ingester.state.FeedState;
import io.veille.ingester.state.KafkaFeedStateStore;

import java.util.List;
import java.util.Map;

/**
 * Puts the demo feeds in the registry at the local server's current address. A feed known from an
 * earlier run keeps its id, its seen items and its validators, so nothing is produced twice; only the
 * address it is fetched from changes (the port may differ), and it is due at once.
 */
final class DemoRegistration {
    private DemoRegistration() {
    }

    static void register(List<FeedRecord> feeds, KafkaFeedRegistry registry, KafkaFeedStateStore states) {
        Map<String, FeedState> known = states.loadAll();
        for (FeedRecord feed : feeds) {
            registry.put(feed);
            FeedState state = known.get(feed.id());
            if (state != null) {
                states.save(movedTo(state, feed.url()));
            }
        }
        states.flush();
    }

    /** {@code state} fetched from {@code url} from now on, due at once. */
    static FeedState movedTo(FeedState state, String url) {
        return new FeedState(state.feedId(), url, state.etag(), state.lastModified(), state.seen(), state.itemTimes(),
                state.consecutiveErrors(), state.lastError(), state.lastErrorAt(), state.lastSuccessAt(), null,
                state.health());
    }
}
