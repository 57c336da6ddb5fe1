package io.veille.enricher.stream;

import io.veille.common.kafka.EventDeserializationException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterHandlersTest {
    private static final Map<String, Object> CONFIG = Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "veille.articles.dlq");
    private static final byte[] KEY = "article-1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "{broken".getBytes(StandardCharsets.UTF_8);

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() { return "veille.articles.raw"; }
            public int partition() { return 2; }
            public long offset() { return 41; }
            public Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "raw-articles"; }
            public TaskId taskId() { return new TaskId(0, 2); }
            public long timestamp() { return 0; }
            public byte[] sourceRawKey() { return KEY; }
            public byte[] sourceRawValue() { return VALUE; }
        };
    }

    private static Map<String, String> headers(ProducerRecord<byte[], byte[]> record) {
        Map<String, String> map = new HashMap<>();
        for (Header h : record.headers()) {
            map.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return map;
    }

    @Test
    void anUnreadableRecordBecomesADeadLetterWithStageReasonAndOrigin() {
        var handler = new DeadLetterDeserializationHandler();
        handler.configure(CONFIG);
        var error = new EventDeserializationException(EventDeserializationException.Reason.NOT_JSON, "RawArticle record is not JSON", null);
        var response = handler.handleError(context(), new ConsumerRecord<>("veille.articles.raw", 2, 41, KEY, VALUE), error);

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(dead -> {
            assertThat(dead.topic()).isEqualTo("veille.articles.dlq");
            assertThat(dead.key()).isEqualTo(KEY);
            assertThat(dead.value()).isEqualTo(VALUE);
            assertThat(headers(dead)).containsEntry(DeadLetters.STAGE_HEADER, "deserialization")
                    .containsEntry(DeadLetters.EXCEPTION_HEADER, EventDeserializationException.class.getName())
                    .containsEntry(DeadLetters.MESSAGE_HEADER, "RawArticle record is not JSON")
                    .containsEntry(DeadLetters.TOPIC_HEADER, "veille.articles.raw")
                    .containsEntry(DeadLetters.PARTITION_HEADER, "2")
                    .containsEntry(DeadLetters.OFFSET_HEADER, "41");
        });
    }

    @Test
    void aResultTooLargeForTheBrokerIsDeadLetteredAsItsSource() {
        var handler = new DeadLetterProductionHandler();
        handler.configure(CONFIG);
        var response = handler.handleError(context(), new ProducerRecord<>("veille.articles.enriched", KEY, new byte[10]),
                new RecordTooLargeException("too large"));
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement()
                .satisfies(dead -> assertThat(headers(dead)).containsEntry(DeadLetters.STAGE_HEADER, "production"))
                .satisfies(dead -> assertThat(dead.value()).isEqualTo(VALUE));
    }

    @Test
    void aResultThatCannotBeSerializedIsDeadLettered() {
        var handler = new DeadLetterProductionHandler();
        handler.configure(CONFIG);
        var response = handler.handleSerializationError(context(), new ProducerRecord<>("t", "k", "v"),
                new IllegalStateException("cannot write"), ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
    }

    @Test
    void aBrokerThatIsAwayIsNotTheRecordsFaultSoTheTaskFailsAndRetriesRatherThanDropping() {
        var handler = new DeadLetterProductionHandler();
        handler.configure(CONFIG);
        var response = handler.handleError(context(), new ProducerRecord<>("veille.articles.enriched", KEY, VALUE),
                new TimeoutException("broker away"));
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }
}
