package io.veille.app.up;

import io.veille.common.config.VeilleConfig;
import io.veille.enricher.cli.EnricherService;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.cli.ApiService;
import io.veille.indexer.cli.IndexerService;
import io.veille.ingester.cli.IngesterService;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;

/**
 * The four services of Veille in this process — ingester, enricher, indexer, HTTP API — wired by the
 * same classes as {@code veille ingest}, {@code enrich}, {@code index} and {@code serve}. The ingester's
 * daemon starts only with {@link #startIngesting()}, so feeds can be registered first. {@link #close()}
 * stops them upstream first: no new articles, then the enricher commits, then the indexer flushes and
 * commits, then the API.
 */
public final class Pipeline implements AutoCloseable {
    private final IngesterService ingester;
    private final EnricherService enricher;
    private final IndexerService indexer;
    private final ApiService api;

    private Pipeline(IngesterService ingester, EnricherService enricher, IndexerService indexer, ApiService api) {
        this.ingester = ingester;
        this.enricher = enricher;
        this.indexer = indexer;
        this.api = api;
    }

    /**
     * Starts the enricher, the indexer and the API; the API on {@code apiPort}, or on a free port when
     * that one is taken (0: any).
     */
    public static Pipeline start(VeilleConfig config, int apiPort, PrintWriter err) throws IOException {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            IngesterService ingester = new IngesterService(config); // creates the missing topics
            started.add(ingester);
            EnricherService enricher = new EnricherService(config, null).start();
            started.add(enricher);
            IndexerService indexer = new IndexerService(config, err);
            started.add(indexer);
            indexer.startInBackground();
            IndexerSettings settings = IndexerSettings.from(config);
            ApiService api;
            try {
                api = new ApiService(settings, apiPort, err);
            } catch (BindException busy) {
                api = new ApiService(settings, 0, err);
            }
            return new Pipeline(ingester, enricher, indexer, api);
        } catch (IOException | RuntimeException e) {
            for (int i = started.size() - 1; i >= 0; i--) {
                closeQuietly(started.get(i));
            }
            throw e;
        }
    }

    public IngesterService ingester() {
        return ingester;
    }

    public EnricherService enricher() {
        return enricher;
    }

    public IndexerService indexer() {
        return indexer;
    }

    public ApiService api() {
        return api;
    }

    /** Starts polling the registry's feeds. */
    public void startIngesting() {
        ingester.startInBackground();
    }

    @Override
    public void close() {
        closeQuietly(ingester);
        closeQuietly(enricher);
        closeQuietly(indexer);
        closeQuietly(api);
    }

    private static void closeQuietly(AutoCloseable service) {
        try {
            service.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(Pipeline.class).warn("Stopping {} failed: {}", service.getClass().getSimpleName(), e.toString());
        }
    }
}
