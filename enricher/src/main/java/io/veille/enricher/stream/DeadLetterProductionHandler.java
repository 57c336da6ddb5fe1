package io.veille.enricher.stream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;

import java.util.List;
import java.util.Map;

/**
 * A result that cannot be written — too large for the broker, or not serializable — goes to the
 * dead-letter topic as the source record that produced it, with the reason. Any other production
 * error (the broker is away, a timeout) is not the record's fault: the application fails the task
 * and retries from its last commit, so that nothing is lost.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private String deadLetterTopic;
    private int maxRequestSize = 1024 * 1024;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
        maxRequestSize = DeadLetters.maxRequestSize(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RecordTooLargeException) {
            return Response.resume(deadLetters(context, exception));
        }
        return Response.fail();
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return Response.resume(deadLetters(context, exception));
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetters(ErrorHandlerContext context, Exception exception) {
        if (deadLetterTopic == null) {
            return List.of();
        }
        return DeadLetters.fitting(DeadLetters.withStage(new java.util.ArrayList<>(ExceptionHandlerUtils.maybeBuildDeadLetterQueueRecords(
                deadLetterTopic, context.sourceRawKey(), context.sourceRawValue(), context, exception)), "production"), maxRequestSize);
    }
}
