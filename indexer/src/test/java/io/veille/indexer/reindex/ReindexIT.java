package io.veille.indexer.reindex;

import io.veille.indexer.index.IndexNames;
import io.veille.indexer.query.ElasticsearchArticleQueries;
import io.veille.indexer.query.SearchParams;
import io.veille.indexer.testing.Articles;
import io.veille.indexer.testing.IndexerFixture;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reindexing from the Kafka log while searches run. */
@ExtendWith(LocalStackExtension.class)
class ReindexIT {

    @Test
    void reindexWhileSearchesRunEndsWithTheAliasOnTheNewIndexAndTheSameCount(LocalStack stack) throws Exception {
        try (IndexerFixture world = new IndexerFixture(stack, "it-reindex")) {
            world.startIndexer();
            world.produce(IntStream.range(0, 1000).mapToObj(Articles::article).toList());
            await().atMost(Duration.ofMinutes(2)).until(() -> world.lag().values().stream().allMatch(l -> l == 0));
            assertThat(world.count()).isEqualTo(1000);

            ElasticsearchArticleQueries queries = new ElasticsearchArticleQueries(world.es, world.settings.alias());
            Set<Long> totalsSeen = ConcurrentHashMap.newKeySet();
            AtomicInteger searches = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            AtomicBoolean searching = new AtomicBoolean(true);
            Thread searcher = new Thread(() -> {
                while (searching.get()) {
                    try {
                        totalsSeen.add(queries.search(SearchParams.all().withSize(5)).total());
                        searches.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                }
            });
            searcher.start();

            StringWriter progress = new StringWriter();
            Reindexer.Result result = new Reindexer(world.settings, world.es, world.indices, new PrintWriter(progress)).run(false);

            searching.set(false);
            searcher.join();
            String v1 = IndexNames.versioned(world.settings.alias(), 1);
            String v2 = IndexNames.versioned(world.settings.alias(), 2);
            assertThat(result.oldIndex()).isEqualTo(v1);
            assertThat(result.newIndex()).isEqualTo(v2);
            assertThat(world.indices.currentIndex()).hasValue(v2);
            assertThat(world.count()).isEqualTo(1000);
            assertThat(world.indices.count(v1)).as("the old index is kept").isEqualTo(1000);
            assertThat(searches.get()).isPositive();
            assertThat(failures.get()).as("searches failed during the reindex").isZero();
            assertThat(totalsSeen).containsOnly(1000L);
            assertThat(progress.toString()).contains("100%");

            // the live indexer writes through the alias, so new articles land in the new index
            world.produce(IntStream.range(1000, 1010).mapToObj(Articles::article).toList());
            await().atMost(Duration.ofMinutes(1)).until(() -> world.count() == 1010);
            assertThat(world.indices.count(v2)).isEqualTo(1010);
        }
    }

    @Test
    void dropOldDeletesThePreviousIndexOnceTheAliasHasMoved(LocalStack stack) throws Exception {
        try (IndexerFixture world = new IndexerFixture(stack, "it-reindex-drop")) {
            world.produce(List.of(Articles.article(1), Articles.article(2)));
            Reindexer.Result result = new Reindexer(world.settings, world.es, world.indices,
                    new PrintWriter(new StringWriter())).run(true);
            assertThat(result.oldDropped()).isTrue();
            assertThat(world.indices.latestVersion()).hasValue(2);
            assertThat(world.indices.currentIndex()).hasValue(IndexNames.versioned(world.settings.alias(), 2));
            assertThat(world.count()).isEqualTo(2);
            assertThat(world.indices.count(IndexNames.pattern(world.settings.alias()))).isEqualTo(2);
        }
    }
}
