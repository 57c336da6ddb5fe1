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
 * returns the latest value per key, tombstones removing their key. No consumer group is used.
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
            return read(consumer, partitions, decode);
        }
    }

    /** The given partitions of {@code topic}. */
    public <V> Map<String, V> read(String topic, Collection<Integer> partitionNumbers, Function<String, V> decode) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return read(consumer, partitionNumbers.stream().map(p -> new TopicPartition(topic, p)).toList(), decode);
        }
    }

    private <V> Map<String, V> read(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
                                    Function<String, V> decode) {
        Map<String, V> latest = new LinkedHashMap<>();
        if (partitions.isEmpty()) {
            return latest;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
        end.entrySet().removeIf(e -> e.getValue() <= consumer.position(e.getKey(), Duration.ofSeconds(30)));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!end.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("cannot read " + end.keySet() + " to its end within 2 minutes");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.key() == null) {
                    continue;
                }
                if (record.value() == null) {
                    latest.remove(record.key());
                } else {
                    V value = decode.apply(record.value());
                    if (value != null) {
                        latest.remove(record.key()); // keep the order of last writes
                        latest.put(record.key(), value);
                    }
                }
            }
            end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
        return latest;
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
