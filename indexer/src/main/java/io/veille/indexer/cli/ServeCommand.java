package io.veille.indexer.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.http.ApiServer;
import io.veille.indexer.http.KafkaAlertSource;
import io.veille.indexer.http.KafkaWatchRegistry;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.index.IndexManager;
import io.veille.indexer.query.ElasticsearchArticleQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/** {@code veille serve}: the HTTP API (search, articles, topics, trends, events, watches, alerts, health, metrics). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API until stopped.")
public final class ServeCommand extends ConfiguredCommand {

    @Option(names = "--port", description = "port to listen on (default: api.port)")
    Integer port;

    @Override
    int run() {
        IndexerSettings settings = settings();
        ElasticsearchClient es = ElasticsearchClients.create(settings);
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(meters);
        IndexManager indices = new IndexManager(es, settings.alias(), settings.shards(), settings.replicas());
        if (indices.clusterReachable()) {
            indices.ensureReady();
        } else {
            err().println("veille serve: Elasticsearch does not answer yet; /health/ready says so until it does");
        }
        try (KafkaWatchRegistry watches = new KafkaWatchRegistry(settings.kafkaProperties(), settings.topics().watches());
             KafkaAlertSource alerts = new KafkaAlertSource(settings.kafkaProperties(), settings.topics().alerts(), settings.apiAlertsKept());
             ApiServer server = new ApiServer(new ElasticsearchArticleQueries(es, settings.alias()), watches, alerts,
                     meters, settings.apiToken(), Clock.systemUTC())) {
            server.start(settings.apiHost(), port != null ? port : settings.apiPort());
            out().println("Veille API on http://" + settings.apiHost() + ":" + server.port() + "/  (OpenAPI: /api/openapi.json)");
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
        } finally {
            ElasticsearchClients.close(es);
        }
    }
}
