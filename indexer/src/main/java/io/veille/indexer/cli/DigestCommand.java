package io.veille.indexer.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.digest.Digest;
import io.veille.indexer.digest.DigestBuilder;
import io.veille.indexer.digest.DigestRenderer;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.query.ElasticsearchArticleQueries;
import io.veille.indexer.query.SearchParamsParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code veille digest --since 24h [--topic T] [--format md|html|json] [--out FILE]}: top stories per topic and
 * upcoming events, for scheduled runs. Exits 0 when there is nothing new, and says so.
 */
@Command(name = "digest", mixinStandardHelpOptions = true, description = "Write a digest of recent articles per topic.")
public final class DigestCommand extends ConfiguredCommand {

    @Option(names = "--since", defaultValue = "24h", description = "the window, e.g. 24h or 7d (default ${DEFAULT-VALUE})")
    String since;

    @Option(names = "--topic", paramLabel = "T", description = "only this topic (repeatable)")
    List<String> topics = new ArrayList<>();

    @Option(names = "--format", defaultValue = "md", description = "md, html or json (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path outFile;

    @Option(names = "--stories", defaultValue = "5", description = "stories per topic (default ${DEFAULT-VALUE})")
    int stories;

    @Override
    int run() {
        Duration window = SearchParamsParser.sinceDuration(since);
        DigestRenderer.Format fmt = DigestRenderer.Format.parse(format);
        topics.forEach(t -> SearchParamsParser.topic(t, "--topic"));
        if (stories < 1 || stories > 50) {
            throw new IllegalArgumentException("--stories must be between 1 and 50");
        }
        IndexerSettings settings = settings();
        ElasticsearchClient es = ElasticsearchClients.create(settings);
        Digest digest;
        try {
            digest = new DigestBuilder(new ElasticsearchArticleQueries(es, settings.alias()), Clock.systemUTC())
                    .build(window, topics, stories);
        } finally {
            ElasticsearchClients.close(es);
        }
        String text = DigestRenderer.render(digest, fmt);
        if (outFile != null) {
            try {
                Files.writeString(outFile, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err().println("veille digest: cannot write " + outFile + ": " + e.getMessage());
                return FAILED;
            }
        } else {
            out().print(text);
        }
        if (digest.isEmpty()) {
            err().println(DigestRenderer.nothingNew(digest));
        }
        out().flush();
        err().flush();
        return OK;
    }
}
