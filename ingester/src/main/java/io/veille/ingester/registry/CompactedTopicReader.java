package io.veille.ingester.registry;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a compacted topic (or some of its partitions) from the beginning to its current end and
 * returns the latest value per key, tombstones removing their key; a value that cannot be decoded is
 * skipped (its key keeps its latest readable value). Only the latest value of each key is decoded,
 * unless one of those cannot be. No consumer group is used.
 */
public final class CompactedTopicReader {
    private final Map<String, Object> clientProps;

    public CompactedTopicReader(Map<String, Object> clientProps) {
        this.clientProps = clientProps;
    }

    /** Every partition of {@code topic}. */
    public <V> Map<String, V> readAll(String topic, Function<String, V> decode) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            return read(assigned(consumer, partitions), partitions, decode);
        }
    }

    /** The given partitions of {@code topic}. */
    public <V> Map<String, V> read(String topic, Collection<Integer> partitionNumbers, Function<String, V> decode) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitionNumbers.stream().map(p -> new TopicPartition(topic, p)).toList();
            return read(assigned(consumer, partitions), partitions, decode);
        }
    }

    /** Reads {@code partitions}, assigned to {@code consumer} and at their beginning, to their ends. */
    static <V> Map<String, V> read(org.apache.kafka.clients.consumer.Consumer<String, String> consumer, List<TopicPartition> partitions,
                                   Function<String, V> decode) {
        // decoding is most of the cost, and until the log cleaner has run a key has many values: keep the latest
        // value of each key as it came, and decode only those
        Map<String, String> latestRaw = readRaw(consumer, partitions);
        Map<String, V> latest = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : latestRaw.entrySet()) {
            V value = decode.apply(e.getValue());
            if (value == null) {
                // an unreadable latest value (a future schema, garbage) leaves the key with its latest readable one:
                // read the partitions again, decoding every value (rare)
                consumer.seekToBeginning(partitions);
                return readDecodingEach(consumer, partitions, decode);
            }
            latest.put(e.getKey(), value);
        }
        return latest;
    }

    private static Map<String, String> readRaw(org.apache.kafka.clients.consumer.Consumer<String, String> consumer, List<TopicPartition> partitions) {
        Map<String, String> latest = new LinkedHashMap<>();
        readToEnd(consumer, partitions, record -> {
            if (record.value() == null) {
                latest.remove(record.key());
            } else {
                latest.remove(record.key()); // keep the order of last writes
                latest.put(record.key(), record.value());
            }
        });
        return latest;
    }

    private static <V> Map<String, V> readDecodingEach(org.apache.kafka.clients.consumer.Consumer<String, String> consumer, List<TopicPartition> partitions,
                                                Function<String, V> decode) {
        Map<String, V> latest = new LinkedHashMap<>();
        readToEnd(consumer, partitions, record -> {
            if (record.value() == null) {
                latest.remove(record.key());
            } else {
                V value = decode.apply(record.value());
                if (value != null) {
                    latest.remove(record.key()); // keep the order of last writes
                    latest.put(record.key(), value);
                }
            }
        });
        return latest;
    }

    /** Hands every keyed record of {@code partitions}, from the consumer's positions to the current ends, to {@code each}. */
    private static void readToEnd(org.apache.kafka.clients.consumer.Consumer<String, String> consumer, List<TopicPartition> partitions,
                                  java.util.function.Consumer<ConsumerRecord<String, String>> each) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
        end.entrySet().removeIf(e -> e.getValue() <= consumer.position(e.getKey(), Duration.ofSeconds(30)));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!end.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("cannot read " + end.keySet() + " to its end within 2 minutes");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.key() != null) {
                    each.accept(record);
                }
            }
            end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
    }

    private static KafkaConsumer<String, String> assigned(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        return consumer;
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
