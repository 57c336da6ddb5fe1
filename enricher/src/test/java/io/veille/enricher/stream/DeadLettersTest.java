package io.veille.enricher.stream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLettersTest {
    @Test
    void aDeadLetterTooLargeForOneRequestLosesItsValueButKeepsItsHeadersAndSaysHowLargeItWas() {
        ProducerRecord<byte[], byte[]> small = new ProducerRecord<>("dlq", "k1".getBytes(StandardCharsets.UTF_8), new byte[1000]);
        ProducerRecord<byte[], byte[]> large = new ProducerRecord<>("dlq", "k2".getBytes(StandardCharsets.UTF_8), new byte[2_000_000]);
        large.headers().add(DeadLetters.TOPIC_HEADER, "veille.articles.raw".getBytes(StandardCharsets.UTF_8));
        List<ProducerRecord<byte[], byte[]>> out = DeadLetters.fitting(List.of(small, large), 1024 * 1024);
        assertThat(out.get(0)).isSameAs(small);
        assertThat(out.get(1).value()).isNull();
        assertThat(out.get(1).key()).isEqualTo("k2".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(out.get(1).headers().lastHeader(DeadLetters.VALUE_DROPPED_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("2000000");
        assertThat(out.get(1).headers().lastHeader(DeadLetters.TOPIC_HEADER)).isNotNull();
    }

    @Test
    void theLimitFollowsTheProducersConfiguredRequestSize() {
        assertThat(DeadLetters.maxRequestSize(Map.of())).isEqualTo(1024 * 1024);
        assertThat(DeadLetters.maxRequestSize(Map.of("producer.max.request.size", "4194304"))).isEqualTo(4194304);
        assertThat(DeadLetters.maxRequestSize(Map.of("max.request.size", 2097152))).isEqualTo(2097152);
    }
}
