package io.veille.enricher.stream;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;
import java.time.Instant;

/**
 * "Have I seen this key lately, and with what value?" over a window store built by {@link #store}
 * with the same retention: entries are stamped with the stream time and read back over
 * the last retention only. Expiry is Kafka Streams' own (old segments are dropped whole), so nothing
 * ever scans the store, whatever the volume.
 */
final class RecentlySeen<V> {
    private final WindowStore<String, V> store;
    private final ProcessingContext context;
    private final long retentionMillis;

    RecentlySeen(WindowStore<String, V> store, ProcessingContext context, Duration retention) {
        this.store = store;
        this.context = context;
        this.retentionMillis = retention.toMillis();
    }

    /**
     * The store to remember keys in for {@code retention}: a persistent window store of that retention
     * whose windows are single instants (a segment is dropped only when all of it has expired, and a read
     * never looks further back than the retention, so nothing is forgotten early or remembered too long).
     */
    static <V> StoreBuilder<WindowStore<String, V>> store(String name, Duration retention, Serde<V> values) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(name, retention, Duration.ofMillis(1), false),
                org.apache.kafka.common.serialization.Serdes.String(), values);
    }

    /** The value last remembered for the key within the retention, or null. */
    V latest(String key) {
        long now = now();
        long from = Math.max(0, now - retentionMillis);
        try (WindowStoreIterator<V> values = store.backwardFetch(key, Instant.ofEpochMilli(from), Instant.ofEpochMilli(now))) {
            return values.hasNext() ? values.next().value : null;
        }
    }

    void remember(String key, V value) {
        store.put(key, value, now());
    }

    private long now() {
        // stream time: the largest record timestamp this task has seen (it never goes back)
        return Math.max(0, context.currentStreamTimeMs());
    }
}
