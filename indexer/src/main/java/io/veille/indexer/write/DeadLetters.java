package io.veille.indexer.write;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a record the indexer cannot write to {@code veille.articles.dlq}, unchanged (same key, same
 * value, same headers), with headers saying why:
 * <ul>
 *   <li>{@code veille.dlq.reason}: {@code mapping-rejected}, {@code not-readable}, {@code unsupported-version}
 *       or {@code not-indexable} (the article cannot be turned into a document)</li>
 *   <li>{@code veille.dlq.error}: the error type ({@code document_parsing_exception}, ...)</li>
 *   <li>{@code veille.dlq.message}: the error message (at most 1,000 characters)</li>
 *   <li>{@code veille.dlq.stage}: {@code indexer}</li>
 *   <li>{@code veille.dlq.topic}, {@code veille.dlq.partition}, {@code veille.dlq.offset}: where the record was read</li>
 * </ul>
 * A record too large to be written again (over the producer's or the broker's limit) is dead-lettered
 * without its value, with {@code veille.dlq.value-dropped} holding the value's size in bytes: its
 * reason and origin still reach the topic, and the original can be read where the headers point.
 */
public final class DeadLetters {
    public static final String REASON = "veille.dlq.reason";
    public static final String ERROR = "veille.dlq.error";
    public static final String MESSAGE = "veille.dlq.message";
    public static final String STAGE = "veille.dlq.stage";
    public static final String TOPIC = "veille.dlq.topic";
    public static final String PARTITION = "veille.dlq.partition";
    public static final String OFFSET = "veille.dlq.offset";
    public static final String VALUE_DROPPED = "veille.dlq.value-dropped";

    private final Producer<byte[], byte[]> producer;
    private final String dlqTopic;

    public DeadLetters(Producer<byte[], byte[]> producer, String dlqTopic) {
        this.producer = producer;
        this.dlqTopic = dlqTopic;
    }

    /** Sends the record; the future completes when the broker has it. */
    public CompletableFuture<Void> send(ConsumerRecord<byte[], byte[]> record, String reason, String error, String message) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add(REASON, utf8(reason));
        headers.add(ERROR, utf8(error == null ? "unknown" : error));
        headers.add(MESSAGE, utf8(message == null ? "" : message.length() > 1000 ? message.substring(0, 1000) : message));
        headers.add(STAGE, utf8("indexer"));
        headers.add(TOPIC, utf8(record.topic()));
        headers.add(PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(OFFSET, utf8(Long.toString(record.offset())));
        CompletableFuture<Void> sent = new CompletableFuture<>();
        produce(record.key(), record.value(), headers).whenComplete((ok, failure) -> {
            if (failure == null) {
                sent.complete(null);
            } else if (failure instanceof RecordTooLargeException && record.value() != null) {
                RecordHeaders slim = new RecordHeaders(headers.toArray());
                slim.add(VALUE_DROPPED, utf8(Integer.toString(record.value().length)));
                produce(record.key(), null, slim).whenComplete((ok2, failure2) -> {
                    if (failure2 == null) {
                        sent.complete(null);
                    } else {
                        sent.completeExceptionally(failure2);
                    }
                });
            } else {
                sent.completeExceptionally(failure);
            }
        });
        return sent;
    }

    private CompletableFuture<Void> produce(byte[] key, byte[] value, RecordHeaders headers) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(dlqTopic, null, key, value, headers),
                    (metadata, exception) -> {
                        if (exception == null) {
                            sent.complete(null);
                        } else {
                            sent.completeExceptionally(exception);
                        }
                    });
        } catch (RuntimeException e) {
            sent.completeExceptionally(e);
        }
        return sent;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
