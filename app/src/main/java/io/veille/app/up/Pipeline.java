package io.veille.app.up;

import io.veille.common.config.VeilleConfig;
import io.veille.enricher.cli.EnricherService;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.cli.ApiService;
import io.veille.indexer.cli.IndexerService;
import io.veille.ingester.cli.IngesterService;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The four services of Veille in this process — ingester, enricher, indexer, HTTP API — wired by the
 * same classes as {@code veille ingest}, {@code enrich}, {@code index} and {@code serve}. {@link #close()}
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
     * Starts the enricher, and the indexer followed by the API, while the ingester's clients start
     * (creating the missing topics), {@code beforeIngesting} is called with them (to register feeds)
     * and the ingester starts polling: Kafka holds what it produces until the others run. The API listens on
     * {@code apiPort}, or on a free port when that one is taken (0: any). When anything fails to start,
     * what was started is stopped before the error is thrown.
     */
    public static Pipeline start(VeilleConfig config, int apiPort, PrintWriter err,
                                 Consumer<IngesterService> beforeIngesting) throws IOException {
        // the enricher and the indexer start alongside the ingester: Kafka holds its articles until they run
        ExecutorService starters = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "veille-up-start");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<EnricherService> enricher = CompletableFuture.supplyAsync(
                () -> new EnricherService(config, null).start(), starters);
        CompletableFuture<IndexerService> indexer = CompletableFuture.supplyAsync(() -> {
            IndexerService service = new IndexerService(config, err);
            service.startInBackground();
            return service;
        }, starters);
        starters.shutdown(); // runs the two tasks, then its threads end
        CompletableFuture<ApiService> api = indexer.thenApply(started -> startApi(IndexerSettings.from(config), apiPort, err));
        IngesterService ingester = null;
        try {
            ingester = new IngesterService(config);
            beforeIngesting.accept(ingester);
            ingester.startInBackground();
            return new Pipeline(ingester, join(enricher), join(indexer), join(api));
        } catch (IOException | RuntimeException e) {
            if (ingester != null) {
                closeQuietly(ingester);
            }
            for (CompletableFuture<? extends AutoCloseable> service : List.of(api, indexer, enricher)) {
                service.thenAccept(Pipeline::closeQuietly);
                try {
                    service.join();
                } catch (RuntimeException ignored) {
                    // it failed to start: nothing to stop
                }
            }
            throw e;
        }
    }

    private static ApiService startApi(IndexerSettings settings, int port, PrintWriter err) {
        try {
            try {
                return new ApiService(settings, port, err);
            } catch (BindException busy) {
                return new ApiService(settings, 0, err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The started service, or the error that stopped its start, unwrapped. */
    private static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
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
