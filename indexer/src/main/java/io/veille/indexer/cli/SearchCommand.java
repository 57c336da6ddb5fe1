package io.veille.indexer.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.common.event.EventJson;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.query.ElasticsearchArticleQueries;
import io.veille.indexer.query.Results.ArticleHit;
import io.veille.indexer.query.Results.SearchPage;
import io.veille.indexer.query.SearchParams;
import io.veille.indexer.query.SearchParamsParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code veille search QUERY [--topic T] [--lang L] [--since 7d] [--json]}: the index, as a table or JSON lines. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the article index.")
public final class SearchCommand extends ConfiguredCommand {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words; \"a phrase\", -exclude, prefix* work")
    List<String> words = new ArrayList<>();

    @Option(names = "--topic", paramLabel = "T", description = "only this topic (repeatable)")
    List<String> topics = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "L", description = "only this language (fr, en)")
    List<String> languages = new ArrayList<>();

    @Option(names = "--source", paramLabel = "S", description = "only this source or feed id (repeatable)")
    List<String> sources = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DURATION", description = "published within, e.g. 24h or 7d")
    String since;

    @Option(names = "--exclude-sponsored", description = "leave sponsored articles out")
    boolean excludeSponsored;

    @Option(names = "--size", defaultValue = "20", description = "results to print (1-100, default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--json", description = "print JSON lines instead of a table")
    boolean json;

    @Override
    int run() {
        SearchParams params = new SearchParamsParser().parse(parameters());
        IndexerSettings settings = settings();
        ElasticsearchClient es = ElasticsearchClients.create(settings);
        try {
            SearchPage page = new ElasticsearchArticleQueries(es, settings.alias()).search(params);
            print(page);
            return OK;
        } finally {
            ElasticsearchClients.close(es);
        }
    }

    Map<String, List<String>> parameters() {
        Map<String, List<String>> query = new HashMap<>();
        if (!words.isEmpty()) {
            query.put("q", List.of(String.join(" ", words)));
        }
        if (!topics.isEmpty()) {
            query.put("topic", topics);
        }
        if (!languages.isEmpty()) {
            query.put("lang", languages);
        }
        if (!sources.isEmpty()) {
            query.put("source", sources);
        }
        if (since != null) {
            query.put("since", List.of(since));
        }
        if (excludeSponsored) {
            query.put("sponsored", List.of("exclude"));
        }
        query.put("size", List.of(Integer.toString(size)));
        return query;
    }

    private void print(SearchPage page) {
        if (json) {
            for (ArticleHit hit : page.hits()) {
                try {
                    out().println(EventJson.mapper().writeValueAsString(hit));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            out().println(Table.render(List.of("TITLE", "SOURCE", "DATE", "TOPICS"), page.hits().stream()
                    .map(h -> List.of(nonNull(h.title()), nonNull(h.source()),
                            h.publishedAt() == null ? "" : DATE.format(h.publishedAt()), String.join(",", h.topics())))
                    .toList(), List.of(70, 28, 16, 40)));
            out().println(page.total() + " article" + (page.total() == 1 ? "" : "s") + " found"
                    + (page.total() > page.hits().size() ? ", " + page.hits().size() + " shown" : ""));
        }
        out().flush();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
