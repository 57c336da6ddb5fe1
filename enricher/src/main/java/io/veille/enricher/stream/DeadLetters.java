package io.veille.enricher.stream;

import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The headers Veille adds to a dead letter, beside those Kafka Streams writes itself
 * ({@code __streams.errors.exception}, {@code .message}, {@code .topic}, {@code .partition},
 * {@code .offset}, {@code .stacktrace}).
 */
public final class DeadLetters {
    /** Which step failed: {@code deserialization}, {@code processing} or {@code production}. */
    public static final String STAGE_HEADER = "veille.errors.stage";
    public static final String EXCEPTION_HEADER = "__streams.errors.exception";
    public static final String MESSAGE_HEADER = "__streams.errors.message";
    public static final String TOPIC_HEADER = "__streams.errors.topic";
    public static final String PARTITION_HEADER = "__streams.errors.partition";
    public static final String OFFSET_HEADER = "__streams.errors.offset";

    private DeadLetters() {
    }

    static List<ProducerRecord<byte[], byte[]>> withStage(List<ProducerRecord<byte[], byte[]>> records, String stage) {
        records.forEach(record -> record.headers().add(STAGE_HEADER, stage.getBytes(StandardCharsets.UTF_8)));
        return records;
    }
}
