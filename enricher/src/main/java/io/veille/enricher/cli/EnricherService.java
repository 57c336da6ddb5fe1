package io.veille.enricher.cli;

import io.veille.common.config.VeilleConfig;
import io.veille.common.kafka.TopicBootstrap;
import io.veille.enricher.LiveUnderstanding;
import io.veille.enricher.stream.EnricherApp;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;

import java.nio.file.Path;

/**
 * The enricher wired from the configuration: the taxonomy ({@code taxonomyFile}, else
 * {@code enricher.taxonomy}, else the bundled one), the missing topics created, and the Kafka Streams
 * application over a {@link LiveUnderstanding}. What {@code veille enrich} runs alone and
 * {@code veille up} runs beside the other services. {@link #close()} commits and leaves the group.
 */
public final class EnricherService implements AutoCloseable {
    private final Taxonomy taxonomy;
    private final EnricherApp app;

    /** @param taxonomyFile a taxonomy of the user's own, or null */
    public EnricherService(VeilleConfig config, Path taxonomyFile) {
        Path file = taxonomyFile != null ? taxonomyFile : config.optional("enricher.taxonomy").map(Path::of).orElse(null);
        this.taxonomy = file != null ? TaxonomyLoader.load(file) : TaxonomyLoader.loadDefault();
        TopicBootstrap.ensureTopics(config);
        LiveUnderstanding understanding = new LiveUnderstanding(taxonomy);
        this.app = new EnricherApp(config, understanding::enrich, understanding::useTaxonomy);
    }

    /** The taxonomy it started with. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public EnricherApp app() {
        return app;
    }

    /** Starts the stream threads; returns at once. */
    public EnricherService start() {
        app.start();
        return this;
    }

    @Override
    public void close() {
        app.close();
    }
}
