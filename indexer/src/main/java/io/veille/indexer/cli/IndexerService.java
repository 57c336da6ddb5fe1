package io.veille.indexer.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.common.config.VeilleConfig;
import io.veille.common.kafka.TopicBootstrap;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.index.IndexManager;
import io.veille.indexer.write.ArticleIndexer;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * The indexer wired from the configuration: waits for Elasticsearch (saying so on {@code err} every
 * minute), makes the index and alias ready, creates the missing topics, and builds the
 * {@link ArticleIndexer}. What {@code veille index} runs in the foreground and {@code veille up} beside
 * the other services. {@link #close()} stops the indexer (its last offsets committed) and the client.
 */
public final class IndexerService implements AutoCloseable {
    private final IndexerSettings settings;
    private final ElasticsearchClient es;
    private final String index;
    private final ArticleIndexer indexer;

    public IndexerService(VeilleConfig config, PrintWriter err) {
        this.settings = IndexerSettings.from(config);
        this.es = ElasticsearchClients.create(settings);
        try {
            IndexManager indices = new IndexManager(es, settings.alias(), settings.shards(), settings.replicas());
            while (!indices.awaitCluster(Duration.ofSeconds(60))) {
                err.println("veille index: Elasticsearch at " + settings.elasticsearchUrl() + " does not answer yet; waiting");
                err.flush();
            }
            this.index = indices.ensureReady();
            try {
                TopicBootstrap.ensureTopics(config);
            } catch (RuntimeException e) {
                err.println("veille index: cannot create the Kafka topics now (" + e.getMessage() + "); going on");
                err.flush();
            }
            this.indexer = new ArticleIndexer(settings, es, settings.alias());
        } catch (RuntimeException e) {
            ElasticsearchClients.close(es);
            throw e;
        }
    }

    public IndexerSettings settings() {
        return settings;
    }

    /** The concrete index behind the alias. */
    public String index() {
        return index;
    }

    public ArticleIndexer indexer() {
        return indexer;
    }

    /** Runs the indexer's loop on a thread of its own; returns at once. */
    public Thread startInBackground() {
        Thread thread = new Thread(indexer, "veille-indexer");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void close() {
        try {
            indexer.close();
        } finally {
            ElasticsearchClients.close(es);
        }
    }
}
