package io.veille.indexer.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.index.IndexManager;
import io.veille.indexer.reindex.Reindexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code veille reindex [--drop-old]}: rebuilds the index from the Kafka log into a new index and swaps the alias. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the article index from Kafka into <alias>-v(N+1), then swap the alias.")
public final class ReindexCommand extends ConfiguredCommand {

    @Option(names = "--drop-old", description = "delete the previous index once the alias has moved")
    boolean dropOld;

    @Override
    int run() {
        IndexerSettings settings = settings();
        ElasticsearchClient es = ElasticsearchClients.create(settings);
        try {
            IndexManager indices = new IndexManager(es, settings.alias(), settings.shards(), settings.replicas());
            if (!indices.awaitCluster(Duration.ofSeconds(60))) {
                err().println("veille reindex: Elasticsearch at " + settings.elasticsearchUrl() + " does not answer");
                return FAILED;
            }
            Reindexer.Result result = new Reindexer(settings, es, indices, err()).run(dropOld);
            out().println("Alias " + settings.alias() + " now points to " + result.newIndex() + " ("
                    + result.documents() + " documents from " + result.records() + " records"
                    + (result.rejected() + result.unreadable() > 0
                        ? ", " + (result.rejected() + result.unreadable()) + " skipped as unindexable" : "") + ")");
            if (result.oldIndex() != null) {
                out().println(result.oldDropped() ? "Deleted " + result.oldIndex()
                        : "Kept " + result.oldIndex() + " (delete it with --drop-old next time, or by hand)");
            }
            out().flush();
            return OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err().println("veille reindex: interrupted; the alias was not moved unless said above");
            return FAILED;
        } finally {
            ElasticsearchClients.close(es);
        }
    }
}
