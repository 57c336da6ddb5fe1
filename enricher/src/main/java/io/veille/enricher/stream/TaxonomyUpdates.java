package io.veille.enricher.stream;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Feeds every taxonomy published to {@code veille.taxonomy} to the tagger of this instance, without a
 * restart. It runs in the global thread, so every instance sees every version. A taxonomy that does
 * not load is logged and ignored: the previous one stays in use.
 */
final class TaxonomyUpdates implements Processor<String, String, Void, Void> {
    static final String STORE = "taxonomy";
    private static final Logger LOG = LoggerFactory.getLogger(TaxonomyUpdates.class);

    private final Consumer<String> useTaxonomy;
    private KeyValueStore<String, String> store;

    TaxonomyUpdates(Consumer<String> useTaxonomy) {
        this.useTaxonomy = useTaxonomy;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        if (record.value() == null) {
            store.delete(record.key());
            return;
        }
        try {
            useTaxonomy.accept(record.value());
            store.put(record.key(), record.value());
        } catch (RuntimeException e) {
            LOG.error("Taxonomy '{}' rejected, keeping the previous one: {}", record.key(), e.getMessage());
        }
    }
}
