package io.veille.enricher;

import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link Understanding} of a running enricher, whose taxonomy can be replaced while it runs: a new
 * taxonomy builds a new tagger, and the costly parts (language models, event extractor) are kept.
 * Articles enriched after {@link #useTaxonomy} record the new taxonomy's version.
 */
public final class LiveUnderstanding {
    private final AtomicReference<Understanding> current;

    public LiveUnderstanding(Taxonomy initial) {
        current = new AtomicReference<>(Understanding.with(initial));
    }

    public EnrichedArticle enrich(RawArticle article) {
        return current.get().enrich(article);
    }

    /** Switches to the taxonomy in {@code yaml}; throws, keeping the current one, when it does not load. */
    public void useTaxonomy(String yaml) {
        Taxonomy next = TaxonomyLoader.parse(yaml, "veille.taxonomy");
        current.updateAndGet(understanding -> understanding.withTaxonomy(next));
    }

    public Taxonomy taxonomy() {
        return current.get().taxonomy();
    }
}
