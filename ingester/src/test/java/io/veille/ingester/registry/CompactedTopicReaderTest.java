package io.veille.ingester.registry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a compacted topic that the log cleaner has not compacted yet: several values per key. */
class CompactedTopicReaderTest {
    private static final TopicPartition P0 = new TopicPartition("veille.feed-state", 0);

    private final MockConsumer<String, String> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    private long offset;

    private void append(String key, String value) {
        consumer.addRecord(new ConsumerRecord<>(P0.topic(), P0.partition(), offset++, key, value));
    }

    private MockConsumer<String, String> atBeginning() {
        consumer.assign(List.of(P0));
        consumer.updateBeginningOffsets(Map.of(P0, 0L));
        consumer.seekToBeginning(List.of(P0));
        return consumer;
    }

    @Test
    void theLatestValueOfEachKeyWinsATombstoneRemovesItsKeyAndOnlyTheSurvivorsAreDecoded() {
        atBeginning();
        for (int round = 1; round <= 50; round++) { // 50 passes of an ingester over two feeds
            append("a", "a-" + round);
            append("b", "b-" + round);
        }
        append("c", "c-1");
        append("c", null);
        append("a", "a-last");
        consumer.updateEndOffsets(Map.of(P0, offset));
        List<String> decoded = new ArrayList<>();

        Map<String, String> latest = CompactedTopicReader.read(consumer, List.of(P0), v -> {
            decoded.add(v);
            return v.toUpperCase();
        });

        assertThat(latest).containsExactly(Map.entry("b", "B-50"), Map.entry("a", "A-LAST"));
        assertThat(decoded).containsExactlyInAnyOrder("b-50", "a-last");
    }
}
