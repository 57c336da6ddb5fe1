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
import io.veille.indexer.query.ArticleQueries;
import io.veille.indexer.query.ElasticsearchArticleQueries;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * The HTTP API wired from the settings: the query service on Elasticsearch (index made ready when the
 * cluster answers), the watch registry and the alert source on Kafka, Prometheus metrics. What
 * {@code veille serve} and {@code veille up} run. {@link #close()} stops the server and its clients.
 */
public final class ApiService implements AutoCloseable {
    private final IndexerSettings settings;
    private final ElasticsearchClient es;
    private final ArticleQueries queries;
    private final KafkaWatchRegistry watches;
    private final KafkaAlertSource alerts;
    private final ApiServer server;

    /**
     * Listens on {@code api.host} and {@code port}; 0 picks a free port.
     *
     * @throws IOException when it cannot listen
     */
    public ApiService(IndexerSettings settings, int port, PrintWriter err) throws IOException {
        this.settings = settings;
        this.es = ElasticsearchClients.create(settings);
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(meters);
        IndexManager indices = new IndexManager(es, settings.alias(), settings.shards(), settings.replicas());
        if (indices.clusterReachable()) {
            indices.ensureReady();
        } else {
            err.println("veille serve: Elasticsearch does not answer yet; /health/ready says so until it does");
            err.flush();
        }
        KafkaWatchRegistry watchRegistry = null;
        KafkaAlertSource alertSource = null;
        ApiServer api = null;
        try {
            watchRegistry = new KafkaWatchRegistry(settings.kafkaProperties(), settings.topics().watches());
            alertSource = new KafkaAlertSource(settings.kafkaProperties(), settings.topics().alerts(), settings.apiAlertsKept());
            this.queries = new ElasticsearchArticleQueries(es, settings.alias());
            api = new ApiServer(queries, watchRegistry, alertSource, meters, settings.apiToken(), Clock.systemUTC());
            api.start(settings.apiHost(), port);
        } catch (IOException | RuntimeException e) {
            closeQuietly(api);
            closeQuietly(alertSource);
            closeQuietly(watchRegistry);
            ElasticsearchClients.close(es);
            throw e;
        }
        this.watches = watchRegistry;
        this.alerts = alertSource;
        this.server = api;
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    /** {@code http://host:port/}. */
    public String url() {
        return "http://" + settings.apiHost() + ":" + port() + "/";
    }

    /** The query service the API answers with. */
    public ArticleQueries queries() {
        return queries;
    }

    @Override
    public void close() {
        closeQuietly(server);
        closeQuietly(alerts);
        closeQuietly(watches);
        ElasticsearchClients.close(es);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // stopping: nothing left to do
        }
    }
}
