package io.veille.enricher.stream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * An article that makes a step of the topology throw goes to the dead-letter topic, as the bytes it
 * arrived with and the reason, and the application moves on to the next article.
 */
public final class DeadLetterProcessingHandler extends LogAndContinueProcessingExceptionHandler {
    private int maxRequestSize = 1024 * 1024;

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        List<ProducerRecord<byte[], byte[]>> dead = DeadLetters.fitting(
                DeadLetters.withStage(response.deadLetterQueueRecords(), "processing"), maxRequestSize);
        return Response.resume(dead);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        maxRequestSize = DeadLetters.maxRequestSize(configs);
    }
}
