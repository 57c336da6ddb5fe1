package io.veille.enricher.stream;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * An article that makes a step of the topology throw goes to the dead-letter topic, as the bytes it
 * arrived with and the reason, and the application moves on to the next article.
 */
public final class DeadLetterProcessingHandler extends LogAndContinueProcessingExceptionHandler {
    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        DeadLetters.withStage(response.deadLetterQueueRecords(), "processing");
        return response;
    }
}
