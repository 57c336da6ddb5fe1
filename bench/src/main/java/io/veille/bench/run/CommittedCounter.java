package io.veille.bench.run;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the committed records arriving on a topic (read_committed, no consumer group) from a background
 * thread, and notes when a given count is reached: how the pipeline measurement tells the enricher's time
 * from the indexer's.
 */
final class CommittedCounter implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;
    private volatile long reachedAt = -1;
    private volatile boolean running = true;
    private Thread thread;

    CommittedCounter(Map<String, Object> clientProps, String topic) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
    }

    /** Starts counting from the current end of the topic. */
    void skipToEnd() {
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Counts in the background until {@code target} records have arrived. */
    void start(long target, long t0) {
        thread = new Thread(() -> {
            long seen = 0;
            while (running && seen < target) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(50));
                seen += records.count();
            }
            if (seen >= target) {
                reachedAt = System.nanoTime();
            }
        }, "bench-enriched-counter");
        thread.setDaemon(true);
        thread.start();
    }

    /** The {@link System#nanoTime()} at which the target was reached, or -1. */
    long reachedAt() {
        return reachedAt;
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        consumer.close();
    }
}
