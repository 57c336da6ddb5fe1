package io.veille.enricher.stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * A record that cannot be read (not JSON, wrong shape, a schema version from the future) goes to
 * the dead-letter topic with its reason, and the application moves on to the next record.
 */
public final class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {
    private int maxRequestSize = 1024 * 1024;

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        List<ProducerRecord<byte[], byte[]>> dead = DeadLetters.fitting(
                DeadLetters.withStage(response.deadLetterQueueRecords(), "deserialization"), maxRequestSize);
        return Response.resume(dead);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        maxRequestSize = DeadLetters.maxRequestSize(configs);
    }
}
