package io.veille.indexer.http;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Follows every partition of one topic on a background thread, without a consumer group: waits for the
 * topic to exist, starts each partition where {@link Start} says, and hands every committed record to
 * the handler until closed. What the API's watch registry and alert source share.
 */
final class TopicTail implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopicTail.class);

    /** Where to start reading: the beginning, or the last {@code n} records of each partition. */
    record Start(int lastRecords) {
        static Start beginning() {
            return new Start(-1);
        }

        static Start last(int n) {
            return new Start(n);
        }
    }

    private final String topic;
    private final Start start;
    private final Consumer<ConsumerRecord<byte[], byte[]>> handler;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread reader;
    private volatile boolean running = true;

    TopicTail(Map<String, Object> kafka, String topic, String clientId, Start start,
              Consumer<ConsumerRecord<byte[], byte[]>> handler) {
        this.topic = topic;
        this.start = start;
        this.handler = handler;
        Map<String, Object> props = new HashMap<>(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.reader = new Thread(this::read, clientId);
        reader.setDaemon(true);
        reader.start();
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
            if (start.lastRecords() < 0) {
                consumer.seekToBeginning(partitions);
            } else {
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                for (TopicPartition partition : partitions) {
                    consumer.seek(partition, Math.max(begin.get(partition), end.get(partition) - start.lastRecords()));
                }
            }
            while (running) {
                consumer.poll(Duration.ofSeconds(1)).forEach(handler);
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("Reader of {} stopped", topic, e);
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
