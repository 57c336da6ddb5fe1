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
    /** Set when the value was too large to be copied into the dead letter: the value's size in bytes. */
    public static final String VALUE_DROPPED_HEADER = "veille.errors.value-dropped";
    /** Room kept for the key and the headers (the stack trace among them) under the producer's request size. */
    static final int HEADROOM = 128 * 1024;

    private DeadLetters() {
    }

    static List<ProducerRecord<byte[], byte[]>> withStage(List<ProducerRecord<byte[], byte[]>> records, String stage) {
        records.forEach(record -> record.headers().add(STAGE_HEADER, stage.getBytes(StandardCharsets.UTF_8)));
        return records;
    }

    /**
     * The dead letters, each with its value dropped (and {@link #VALUE_DROPPED_HEADER} set) when it would not fit
     * in one producer request of {@code maxRequestSize} bytes: a dead letter the producer refuses is lost, while
     * one without its value still says what failed, why, and where the original is ({@code __streams.errors.topic},
     * {@code .partition}, {@code .offset}).
     */
    static List<ProducerRecord<byte[], byte[]>> fitting(List<ProducerRecord<byte[], byte[]>> records, int maxRequestSize) {
        int maxValue = Math.max(0, maxRequestSize - HEADROOM);
        List<ProducerRecord<byte[], byte[]>> out = new java.util.ArrayList<>(records.size());
        for (ProducerRecord<byte[], byte[]> record : records) {
            if (record.value() == null || record.value().length <= maxValue) {
                out.add(record);
                continue;
            }
            org.apache.kafka.common.header.internals.RecordHeaders headers =
                    new org.apache.kafka.common.header.internals.RecordHeaders(record.headers().toArray());
            headers.add(VALUE_DROPPED_HEADER, Integer.toString(record.value().length).getBytes(StandardCharsets.UTF_8));
            out.add(new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(), null, headers));
        }
        return out;
    }

    /** The producer's {@code max.request.size} from the application's configuration (1 MiB, Kafka's default, if unset). */
    static int maxRequestSize(java.util.Map<?, ?> configs) {
        for (String key : List.of("producer.max.request.size", "max.request.size")) {
            Object value = configs.get(key);
            if (value != null) {
                try {
                    return Integer.parseInt(value.toString().trim());
                } catch (NumberFormatException ignored) {
                    // a bad value is Kafka's to report; keep looking
                }
            }
        }
        return 1024 * 1024;
    }
}
