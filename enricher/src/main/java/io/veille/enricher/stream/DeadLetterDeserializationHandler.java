package io.veille.enricher.stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * A record that cannot be read (not JSON, wrong shape, a schema version from the future) goes to
 * the dead-letter topic with its reason, and the application moves on to the next record.
 */
public final class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {
    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        DeadLetters.withStage(response.deadLetterQueueRecords(), "deserialization");
        return response;
    }
}
