package io.veille.enricher;

import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.enricher.events.EventExtractor;
import io.veille.enricher.language.LanguageIdentifier;
import io.veille.enricher.sponsored.SponsoredDetector;
import io.veille.enricher.tagging.TopicTagger;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link Understanding} of a running enricher, whose taxonomy can be replaced while it runs: a new
 * taxonomy builds a new tagger, and the costly parts (language models, event extractor) are kept.
 * Articles enriched after {@link #useTaxonomy} record the new taxonomy's version.
 */
public final class LiveUnderstanding {
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final SponsoredDetector sponsored = new SponsoredDetector();
    private final EventFinder events = new EventExtractor()::extract;
    private final AtomicReference<Understanding> current;

    public LiveUnderstanding(Taxonomy initial) {
        current = new AtomicReference<>(build(initial));
    }

    public EnrichedArticle enrich(RawArticle article) {
        return current.get().enrich(article);
    }

    /** Switches to the taxonomy in {@code yaml}; throws, keeping the current one, when it does not load. */
    public void useTaxonomy(String yaml) {
        current.set(build(TaxonomyLoader.parse(yaml, "veille.taxonomy")));
    }

    public Taxonomy taxonomy() {
        return current.get().taxonomy();
    }

    private Understanding build(Taxonomy taxonomy) {
        return new Understanding(languages, new TopicTagger(taxonomy), sponsored, events, Clock.systemUTC());
    }
}
