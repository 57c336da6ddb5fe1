package io.veille.indexer.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.common.kafka.TopicBootstrap;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.index.IndexManager;
import io.veille.indexer.write.ArticleIndexer;
import picocli.CommandLine.Command;

import java.time.Duration;

/**
 * {@code veille index}: keeps the article index up to date from {@code veille.articles.enriched}, until stopped.
 * It waits for Elasticsearch at start rather than exiting, like it waits for it while running.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index enriched articles into Elasticsearch (runs until stopped).")
public final class IndexCommand extends ConfiguredCommand {

    @Override
    int run() {
        IndexerSettings settings = settings();
        ElasticsearchClient es = ElasticsearchClients.create(settings);
        try {
            IndexManager indices = new IndexManager(es, settings.alias(), settings.shards(), settings.replicas());
            while (!indices.awaitCluster(Duration.ofSeconds(60))) {
                err().println("veille index: Elasticsearch at " + settings.elasticsearchUrl() + " does not answer yet; waiting");
                err().flush();
            }
            String index = indices.ensureReady();
            try {
                TopicBootstrap.ensureTopics(config());
            } catch (RuntimeException e) {
                err().println("veille index: cannot create the Kafka topics now (" + e.getMessage() + "); going on");
            }
            out().println("Indexing " + settings.topics().articlesEnriched() + " into " + settings.alias() + " (" + index + ")");
            out().flush();
            ArticleIndexer indexer = new ArticleIndexer(settings, es, settings.alias());
            Thread hook = new Thread(indexer::close, "veille-index-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            indexer.run();
            return OK;
        } finally {
            ElasticsearchClients.close(es);
        }
    }
}
