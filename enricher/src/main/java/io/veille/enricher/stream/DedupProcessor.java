package io.veille.enricher.stream;

import io.veille.common.event.RawArticle;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops exact repeats: an article whose id was seen, with the same content hash, within the
 * retention window. A changed article passes, marked with the {@link #UPDATE_HEADER} header, so that
 * later steps can tell a new article from an update.
 *
 * <p>The store maps article id to {@code <content hash>@<epoch millis seen>}; a wall-clock
 * punctuation forgets entries older than the retention.
 */
final class DedupProcessor implements FixedKeyProcessor<String, RawArticle, RawArticle> {
    static final String STORE = "seen-articles";
    /** Present, with value {@code true}, on an article that is an update of one already passed. */
    static final String UPDATE_HEADER = "veille.update";

    private final Duration retention;
    private FixedKeyProcessorContext<String, RawArticle> context;
    private KeyValueStore<String, String> seen;

    DedupProcessor(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, RawArticle> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        Duration every = retention.dividedBy(24).compareTo(Duration.ofHours(1)) < 0 ? retention.dividedBy(24) : Duration.ofHours(1);
        context.schedule(every.isZero() ? Duration.ofSeconds(1) : every, PunctuationType.WALL_CLOCK_TIME, this::forgetOld);
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        RawArticle article = record.value();
        String previous = seen.get(record.key());
        String hash = article.contentHash() == null ? "" : article.contentHash();
        if (previous != null && hashOf(previous).equals(hash)) {
            return; // the same article, unchanged: nothing new to say
        }
        seen.put(record.key(), hash + "@" + System.currentTimeMillis());
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

    private void forgetOld(long now) {
        long oldest = now - retention.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, String> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, String> entry = all.next();
                if (seenAt(entry.value) < oldest) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(seen::delete);
    }

    private static String hashOf(String entry) {
        int at = entry.lastIndexOf('@');
        return at < 0 ? entry : entry.substring(0, at);
    }

    private static long seenAt(String entry) {
        int at = entry.lastIndexOf('@');
        try {
            return at < 0 ? 0 : Long.parseLong(entry.substring(at + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
