package io.veille.app.up;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the committed records of some topics by reading them ({@code read_committed}, no consumer
 * group, values never decoded), on a thread of its own. Transactional topics hold commit markers
 * between records, so their offsets alone do not tell how many records they hold; this does. It also
 * remembers, per partition, the offset of the last record and how far it has read.
 */
final class TopicCounter implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<String> topics;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> lastRecord = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    TopicCounter(Map<String, Object> clientProps, List<String> topics) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "veille-up-progress");
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topics = List.copyOf(topics);
        topics.forEach(t -> counts.put(t, new AtomicLong()));
        this.thread = new Thread(this::run, "veille-up-progress");
        this.thread.setDaemon(true);
    }

    TopicCounter start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    counts.get(record.topic()).incrementAndGet();
                    lastRecord.put(new TopicPartition(record.topic(), record.partition()), record.offset());
                }
                for (TopicPartition tp : partitions) {
                    positions.put(tp, consumer.position(tp));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Committed records read so far from {@code topic}. */
    long count(String topic) {
        AtomicLong count = counts.get(topic);
        return count == null ? 0 : count.get();
    }

    /** The offset of the last record read from each partition of {@code topic} that has one. */
    Map<TopicPartition, Long> lastRecords(String topic) {
        Map<TopicPartition, Long> result = new HashMap<>();
        lastRecord.forEach((tp, offset) -> {
            if (tp.topic().equals(topic)) {
                result.put(tp, offset);
            }
        });
        return result;
    }

    /** Where reading stands in each partition of {@code topic} (the next offset to read). */
    Map<TopicPartition, Long> positions(String topic) {
        Map<TopicPartition, Long> result = new HashMap<>();
        positions.forEach((tp, offset) -> {
            if (tp.topic().equals(topic)) {
                result.put(tp, offset);
            }
        });
        return result;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
