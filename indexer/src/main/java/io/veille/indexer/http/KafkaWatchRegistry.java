package io.veille.indexer.http;

import io.veille.common.event.Watch;
import io.veille.common.kafka.EventSerde;
import io.veille.common.kafka.Serdes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
    private final KafkaConsumer<String, byte[]> consumer;
    private final EventSerde<Watch> serde = Serdes.watch();
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    public KafkaWatchRegistry(Map<String, Object> kafka, String topic) {
        this.topic = topic;
        Map<String, Object> producerProps = new java.util.HashMap<>(kafka);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, "veille-serve-watches");
        this.producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> consumerProps = new java.util.HashMap<>(kafka);
        consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.CLIENT_ID_CONFIG, "veille-serve-watches-reader");
        this.consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
        this.reader = new Thread(this::read, "veille-watches-reader");
        reader.setDaemon(true);
        reader.start();
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

    private void read() {
        try {
            List<TopicPartition> partitions = List.of();
            while (running && partitions.isEmpty()) {
                try {
                    partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(topic, p.partition())).toList();
                } catch (RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    LOG.debug("Waiting for topic {}: {}", topic, e.toString());
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.key() == null) {
                        continue;
                    }
                    if (record.value() == null) {
                        watches.remove(record.key());
                    } else {
                        try {
                            watches.put(record.key(), serde.read(record.value()));
                        } catch (RuntimeException e) {
                            LOG.warn("Skipping unreadable watch {}: {}", record.key(), e.getMessage());
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("Watch reader stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
