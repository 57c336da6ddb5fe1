package io.veille.indexer.cli;

import io.veille.indexer.IndexerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/** {@code veille serve}: the HTTP API (search, articles, topics, trends, events, watches, alerts, health, metrics). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API until stopped.")
public final class ServeCommand extends ConfiguredCommand {

    @Option(names = "--port", description = "port to listen on (default: api.port)")
    Integer port;

    @Override
    int run() {
        IndexerSettings settings = settings();
        try (ApiService api = new ApiService(settings, port != null ? port : settings.apiPort(), err())) {
            out().println("Veille API on " + api.url() + "  (OpenAPI: /api/openapi.json)");
            if (settings.apiToken().isBlank()) {
                out().println("No api.token configured: POST/DELETE /api/watches are refused");
            }
            out().flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "veille-serve-shutdown"));
            stop.await();
            return OK;
        } catch (IOException e) {
            err().println("veille serve: cannot listen: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        }
    }
}
