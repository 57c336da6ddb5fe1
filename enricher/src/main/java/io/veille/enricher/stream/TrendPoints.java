package io.veille.enricher.stream;

import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.TopicScore;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import java.time.Instant;

/**
 * One point per topic of each new article, keyed by topic id and stamped with the article's
 * publication time — so that trends count articles when they were published, not when they were
 * fetched. Updates are not counted again. A publication time in the future (a feed's typo, year
 * 9999) is clamped to the record's own time, so that it cannot close every window at once.
 */
final class TrendPoints implements Processor<String, EnrichedArticle, String, String> {
    private ProcessorContext<String, String> context;

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        if (DedupProcessor.isUpdate(record.headers())) {
            return;
        }
        Instant published = record.value().article().publishedAt();
        long timestamp = published == null ? record.timestamp() : Math.min(published.toEpochMilli(), record.timestamp());
        for (TopicScore topic : record.value().topics()) {
            context.forward(new Record<>(topic.id(), record.key(), timestamp, new RecordHeaders()));
        }
    }
}
