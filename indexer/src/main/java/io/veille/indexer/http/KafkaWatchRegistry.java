package io.veille.indexer.http;

import io.veille.common.event.Watch;
import io.veille.common.kafka.EventSerde;
import io.veille.common.kafka.Serdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Watches kept in the compacted topic {@code veille.watches} (key = watch id, tombstone = deleted): a
 * background reader keeps a map of the topic from its beginning, and writes go to the topic (and to the
 * map at once, so that a client reads its own writes).
 */
public final class KafkaWatchRegistry implements WatchRegistry, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaWatchRegistry.class);

    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final EventSerde<Watch> serde = Serdes.watch();
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final TopicTail tail;

    public KafkaWatchRegistry(Map<String, Object> kafka, String topic) {
        this.topic = topic;
        Map<String, Object> producerProps = new java.util.HashMap<>(kafka);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, "veille-serve-watches");
        this.producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
        this.tail = new TopicTail(kafka, topic, "veille-serve-watches-reader", TopicTail.Start.beginning(), this::accept);
    }

    @Override
    public List<Watch> list() {
        return watches.values().stream().sorted(Comparator.comparing(Watch::id)).toList();
    }

    @Override
    public Optional<Watch> get(String id) {
        return Optional.ofNullable(watches.get(id));
    }

    @Override
    public void put(Watch watch) {
        send(watch.id(), serde.serializer().serialize(topic, watch));
        watches.put(watch.id(), watch);
    }

    @Override
    public void delete(String id) {
        send(id, null);
        watches.remove(id);
    }

    private void send(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while saving the watch");
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Cannot write to {}: {}", topic, e.toString());
            throw new ApiException(503, "the watch store is unavailable; try again later");
        }
    }

    private void accept(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            return;
        }
        String id = new String(record.key(), java.nio.charset.StandardCharsets.UTF_8);
        if (record.value() == null) {
            watches.remove(id);
            return;
        }
        try {
            watches.put(id, serde.read(record.value()));
        } catch (RuntimeException e) {
            LOG.warn("Skipping unreadable watch {}: {}", id, e.getMessage());
        }
    }

    @Override
    public void close() {
        tail.close();
        producer.close(Duration.ofSeconds(5));
    }
}
