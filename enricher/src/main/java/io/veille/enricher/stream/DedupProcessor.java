package io.veille.enricher.stream;

import io.veille.common.event.RawArticle;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Drops exact repeats: an article whose id was seen, with the same content hash, within the
 * retention window. A changed article passes, marked with the {@link #UPDATE_HEADER} header, so that
 * later steps can tell a new article from an update.
 *
 * <p>The store is a window store (article id → content hash, stamped with the stream time it was
 * seen): Kafka Streams drops whole segments once they are older than the retention, so forgetting
 * costs nothing per entry, whatever the volume.
 */
final class DedupProcessor implements FixedKeyProcessor<String, RawArticle, RawArticle> {
    static final String STORE = "seen-articles-window";
    /** Present, with value {@code true}, on an article that is an update of one already passed. */
    static final String UPDATE_HEADER = "veille.update";

    private final Duration retention;
    private FixedKeyProcessorContext<String, RawArticle> context;
    private RecentlySeen<String> seen;

    DedupProcessor(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, RawArticle> context) {
        this.context = context;
        WindowStore<String, String> store = context.getStateStore(STORE);
        this.seen = new RecentlySeen<>(store, context, retention);
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        RawArticle article = record.value();
        String hash = article.contentHash() == null ? "" : article.contentHash();
        String previous = seen.latest(record.key());
        if (hash.equals(previous)) {
            return; // the same article, unchanged: nothing new to say
        }
        seen.remember(record.key(), hash);
        Headers headers = record.headers();
        headers.remove(UPDATE_HEADER);
        if (previous != null) {
            headers.add(UPDATE_HEADER, "true".getBytes(StandardCharsets.UTF_8));
        }
        context.forward(record.withHeaders(headers));
    }

    static boolean isUpdate(Headers headers) {
        return headers.lastHeader(UPDATE_HEADER) != null;
    }
}
