package io.veille.ingester.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.veille.common.event.EventJson;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The feed registry in the compacted topic {@code veille.feeds}: key = feed id, value = the
 * {@link FeedRecord} as JSON, a tombstone (null value) for a removed feed. Writes are acknowledged
 * by all in-sync replicas before the methods return. The producer is created by the first write: a
 * command that only reads the registry never pays for it.
 */
public final class KafkaFeedRegistry implements AutoCloseable {
    private final String topic;
    private final CompactedTopicReader reader;
    private final Map<String, Object> producerProps;
    private KafkaProducer<String, String> producer;

    public KafkaFeedRegistry(Map<String, Object> clientProps, String topic) {
        this.topic = topic;
        this.reader = new CompactedTopicReader(clientProps);
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producerProps = props;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** Adds or replaces a feed. */
    public void put(FeedRecord feed) {
        send(feed.id(), encode(feed));
    }

    /** Removes a feed; removing an unknown id does nothing harmful. */
    public void remove(String id) {
        send(id, null);
    }

    /** Every feed, in the order they were last written. */
    public List<FeedRecord> all() {
        return new ArrayList<>(reader.readAll(topic, KafkaFeedRegistry::decode).values());
    }

    public static String encode(FeedRecord feed) {
        try {
            return EventJson.mapper().writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feed in {@code json}, or null when it cannot be read (a record of a future schema, garbage). */
    public static FeedRecord decode(String json) {
        try {
            return io.veille.ingester.state.StateJson.read(json, FeedRecord.class);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private void send(String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write to " + topic + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
