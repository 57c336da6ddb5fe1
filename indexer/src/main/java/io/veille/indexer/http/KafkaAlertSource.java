package io.veille.indexer.http;

import io.veille.common.event.Alert;
import io.veille.common.kafka.EventSerde;
import io.veille.common.kafka.Serdes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Alerts read from {@code veille.alerts}: at start, the last {@code kept} records of each partition; then
 * every new one, kept in memory (the latest {@code kept}) and pushed to subscribers.
 */
public final class KafkaAlertSource implements AlertSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaAlertSource.class);

    private final String topic;
    private final int kept;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final EventSerde<Alert> serde = Serdes.alert();
    private final Deque<Alert> latest = new ArrayDeque<>();
    private final List<Consumer<Alert>> subscribers = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean running = true;

    public KafkaAlertSource(Map<String, Object> kafka, String topic, int kept) {
        this.topic = topic;
        this.kept = kept;
        Map<String, Object> props = new HashMap<>(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "veille-serve-alerts-reader");
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.reader = new Thread(this::read, "veille-alerts-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public List<Alert> recent(int limit) {
        synchronized (latest) {
            List<Alert> result = new ArrayList<>(Math.min(limit, latest.size()));
            for (Alert alert : latest) {
                if (result.size() == limit) {
                    break;
                }
                result.add(alert);
            }
            return Collections.unmodifiableList(result);
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<Alert> listener) {
        subscribers.add(listener);
        return () -> subscribers.remove(listener);
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
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(begin.get(partition), end.get(partition) - kept));
            }
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.value() == null) {
                        continue;
                    }
                    Alert alert;
                    try {
                        alert = serde.read(record.value());
                    } catch (RuntimeException e) {
                        LOG.warn("Skipping unreadable alert at {}-{}@{}", record.topic(), record.partition(), record.offset());
                        continue;
                    }
                    synchronized (latest) {
                        latest.addFirst(alert);
                        while (latest.size() > kept) {
                            latest.removeLast();
                        }
                    }
                    for (Consumer<Alert> subscriber : subscribers) {
                        subscriber.accept(alert);
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("Alert reader stopped", e);
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
    }
}
