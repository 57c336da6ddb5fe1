package io.veille.indexer.cli;

import io.veille.indexer.IndexerSettings;
import io.veille.indexer.write.ArticleIndexer;
import picocli.CommandLine.Command;

/**
 * {@code veille index}: keeps the article index up to date from {@code veille.articles.enriched}, until stopped.
 * It waits for Elasticsearch at start rather than exiting, like it waits for it while running.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index enriched articles into Elasticsearch (runs until stopped).")
public final class IndexCommand extends ConfiguredCommand {

    @Override
    int run() {
        try (IndexerService service = new IndexerService(config(), err())) {
            IndexerSettings settings = service.settings();
            out().println("Indexing " + settings.topics().articlesEnriched() + " into " + settings.alias() + " (" + service.index() + ")");
            out().flush();
            ArticleIndexer indexer = service.indexer();
            Thread hook = new Thread(indexer::close, "veille-index-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            indexer.run();
            return OK;
        }
    }
}
