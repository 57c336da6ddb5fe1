package io.veille.ingester.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.veille.common.event.EventJson;
import io.veille.ingester.registry.CompactedTopicReader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Feed states in the compacted topic {@code veille.feed-state}, key = feed id. The topic has as many
 * partitions as {@code veille.feeds} and the same keys, so partition {@code p} of one holds the state
 * of the feeds of partition {@code p} of the other: an instance that owns a feeds partition loads
 * the state partition of the same number.
 */
public final class KafkaFeedStateStore implements FeedStateStore, AutoCloseable {
    private final String topic;
    private final CompactedTopicReader reader;
    private final KafkaProducer<String, String> producer;

    public KafkaFeedStateStore(Map<String, Object> clientProps, String topic) {
        this.topic = topic;
        this.reader = new CompactedTopicReader(clientProps);
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // the states of concurrent polls that are not awaited (304s) share batches; flush() does not wait for the linger
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Every feed's state. */
    public Map<String, FeedState> loadAll() {
        return reader.readAll(topic, KafkaFeedStateStore::decode);
    }

    /** The states stored in the given partitions. */
    public Map<String, FeedState> load(Collection<Integer> partitions) {
        return reader.read(topic, partitions, KafkaFeedStateStore::decode);
    }

    @Override
    public void save(FeedState state) {
        try {
            producer.send(new ProducerRecord<>(topic, state.feedId(), EventJson.mapper().writeValueAsString(state)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        producer.flush();
    }

    static FeedState decode(String json) {
        try {
            return StateJson.read(json, FeedState.class);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
