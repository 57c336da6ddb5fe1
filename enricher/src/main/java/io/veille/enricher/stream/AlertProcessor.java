package io.veille.enricher.stream;

import io.veille.common.event.Alert;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.Watch;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns each enriched article into one alert per watch it matches, keyed by watch id. The watches
 * are the global table of {@code veille.watches} (a deleted watch is gone from it, so it stops
 * alerting); the {@link #SENT_STORE} remembers, for the dedup retention, which watch already alerted on
 * which article, so an update of an article never alerts twice.
 */
final class AlertProcessor implements Processor<String, EnrichedArticle, String, Alert> {
    static final String WATCHES_STORE = "watches";
    static final String SENT_STORE = "alerts-sent-window";

    private final Duration retention;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, ValueAndTimestamp<Watch>> watches;
    private RecentlySeen<Long> sent;

    AlertProcessor(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.watches = context.getStateStore(WATCHES_STORE);
        WindowStore<String, Long> sentStore = context.getStateStore(SENT_STORE);
        this.sent = new RecentlySeen<>(sentStore, context, retention);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        WatchMatcher.Candidate candidate = new WatchMatcher.Candidate(article);
        try (KeyValueIterator<String, ValueAndTimestamp<Watch>> all = watches.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<Watch>> entry = all.next();
                Watch watch = entry.value == null ? null : entry.value.value();
                if (watch == null) {
                    continue;
                }
                String sentKey = watch.id() + "|" + article.id();
                if (sent.latest(sentKey) != null) {
                    continue;
                }
                Optional<WatchMatcher.Match> match = WatchMatcher.match(watch, candidate);
                if (match.isPresent()) {
                    sent.remember(sentKey, record.timestamp());
                    Alert alert = new Alert(Alert.SCHEMA_VERSION, watch.id(), watch.name(), article.id(),
                            article.article().title(), article.article().url(), match.get().topics(),
                            match.get().reason(), article.article().publishedAt(), Instant.now());
                    context.forward(new Record<>(watch.id(), alert, record.timestamp()));
                }
            }
        }
    }
}
