package io.veille.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Owns the shape of the article indices in Elasticsearch: the index template, the versioned indices
 * {@code <alias>-vN} and the alias that readers and the writer use.
 *
 * <p>{@link #ensureReady()} is idempotent and safe to run from several instances at once: it puts the
 * template, and creates {@code <alias>-v1} behind the alias only when the alias does not exist yet.
 */
public final class IndexManager {
    private static final Logger LOG = LoggerFactory.getLogger(IndexManager.class);

    private final ElasticsearchClient es;
    private final String alias;
    private final int shards;
    private final int replicas;
    private Boolean languageAnalyzers;

    public IndexManager(ElasticsearchClient es, String alias, int shards, int replicas) {
        this.es = es;
        this.alias = alias;
        this.shards = shards;
        this.replicas = replicas;
    }

    public String alias() {
        return alias;
    }

    /**
     * Waits until the cluster answers its health check with at least yellow (the local server has no {@code GET /}).
     *
     * @return false when it did not within {@code timeout}
     */
    public boolean awaitCluster(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                es.cluster().health(h -> h.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("5s")));
                return true;
            } catch (IOException | ElasticsearchException e) {
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                sleep(Duration.ofMillis(500));
            }
        }
    }

    /** True when the cluster answers its health check now. */
    public boolean clusterReachable() {
        try {
            es.cluster().health(h -> h.timeout(t -> t.time("2s")));
            return true;
        } catch (IOException | ElasticsearchException e) {
            return false;
        }
    }

    /** Whether the cluster has the {@code french} and {@code english} analyzers (asked once, then remembered). */
    public boolean hasLanguageAnalyzers() {
        if (languageAnalyzers == null) {
            languageAnalyzers = hasAnalyzer("french") && hasAnalyzer("english");
            LOG.info("Elasticsearch {} the french and english analyzers", languageAnalyzers ? "has" : "lacks");
        }
        return languageAnalyzers;
    }

    /** The template as this cluster gets it. */
    public ArticleIndexTemplate template() {
        return ArticleIndexTemplate.of(shards, replicas, hasLanguageAnalyzers());
    }

    /**
     * Puts the template, then creates {@code <alias>-v1} with the alias when the alias is missing.
     *
     * @return the index the alias points to
     */
    public String ensureReady() {
        putTemplate();
        Optional<String> current = currentIndex();
        if (current.isPresent()) {
            return current.get();
        }
        int version = latestVersion().orElse(0) + 1;
        String index = IndexNames.versioned(alias, version);
        createIndex(index, true);
        return currentIndex().orElse(index);
    }

    /** Puts the composable index template for {@code <alias>-v*}. */
    public void putTemplate() {
        String json = template().templateJson(alias);
        call(() -> es.indices().putIndexTemplate(PutIndexTemplateRequest.of(b -> b.name(alias)
                .withJson(new StringReader(json)))));
    }

    /** The index behind the alias, if the alias exists. */
    public Optional<String> currentIndex() {
        try {
            GetAliasResponse response = es.indices().getAlias(a -> a.name(alias));
            return response.result().keySet().stream().sorted().reduce((a, b) -> b);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read alias " + alias + ": " + e.getMessage(), e);
        }
    }

    /** The highest N among existing {@code <alias>-vN} indices. */
    public OptionalInt latestVersion() {
        List<String> names = call(() -> es.indices().get(g -> g.index(IndexNames.pattern(alias))
                .allowNoIndices(true).ignoreUnavailable(true))).result().keySet().stream().toList();
        return names.stream().map(n -> IndexNames.versionOf(alias, n)).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max();
    }

    /**
     * Creates {@code index} (the template gives it its mapping), with the alias when {@code withAlias}.
     * An index that already exists (another instance created it) is not an error.
     */
    public void createIndex(String index, boolean withAlias) {
        try {
            es.indices().create(c -> {
                c.index(index);
                if (withAlias) {
                    c.aliases(alias, a -> a.isWriteIndex(true));
                }
                return c;
            });
            LOG.info("Created index {}{}", index, withAlias ? " behind alias " + alias : "");
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create index " + index + ": " + e.getMessage(), e);
        }
    }

    /** Moves the alias from {@code from} (when not null) to {@code to} in one atomic request. */
    public void swapAlias(String from, String to) {
        call(() -> es.indices().updateAliases(u -> {
            if (from != null) {
                u.actions(a -> a.remove(r -> r.index(from).alias(alias)));
            }
            return u.actions(a -> a.add(ad -> ad.index(to).alias(alias).isWriteIndex(true)));
        }));
        LOG.info("Alias {} now points to {}", alias, to);
    }

    public void deleteIndex(String index) {
        call(() -> es.indices().delete(d -> d.index(index)));
        LOG.info("Deleted index {}", index);
    }

    /** Makes every write so far visible to searches on {@code indexOrAlias}. */
    public void refresh(String indexOrAlias) {
        call(() -> es.indices().refresh(r -> r.index(indexOrAlias)));
    }

    /** The number of documents in {@code indexOrAlias}. */
    public long count(String indexOrAlias) {
        return call(() -> es.count(c -> c.index(indexOrAlias))).count();
    }

    private boolean hasAnalyzer(String analyzer) {
        try {
            es.indices().analyze(a -> a.analyzer(analyzer).text("veille"));
            return true;
        } catch (ElasticsearchException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach Elasticsearch: " + e.getMessage(), e);
        }
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed: " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
