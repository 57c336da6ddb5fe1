package io.veille.indexer.write;

import io.veille.common.event.EnrichedArticle;
import io.veille.indexer.testing.Articles;
import io.veille.indexer.testing.IndexerFixture;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Elasticsearch stopped for 30 s in the middle of a stream: nothing lost, nothing doubled, no crash. */
@ExtendWith(LocalStackExtension.class)
class ElasticsearchOutageIT {

    @Test
    void elasticsearchDownForThirtySecondsMidStreamEndsWithEveryArticleOnce(LocalStack stack) throws Exception {
        try (IndexerFixture world = new IndexerFixture(stack, "it-outage")) {
            List<EnrichedArticle> articles = IntStream.range(0, 5000)
                    .mapToObj(n -> Articles.article(n, Articles.BASE.plusSeconds(n), 1000)).toList();
            ArticleIndexer indexer = world.startIndexer();

            world.produce(articles.subList(0, 2000));
            await().atMost(Duration.ofMinutes(2)).until(() -> indexer.writtenCount() >= 500);

            stack.elasticsearch().stop();
            long outageStart = System.nanoTime();
            world.produce(articles.subList(2000, 5000)); // the stream goes on while Elasticsearch is down
            long remaining = Duration.ofSeconds(30).toMillis() - (System.nanoTime() - outageStart) / 1_000_000;
            Thread.sleep(Math.max(0, remaining));
            assertThat(world.indexerThreadsAlive()).as("indexer survived the outage").isTrue();
            stack.elasticsearch().start();

            await().atMost(Duration.ofMinutes(3)).until(() -> world.lag().values().stream().allMatch(l -> l == 0));
            assertThat(world.count()).isEqualTo(5000);
            assertThat(world.indexerThreadsAlive()).isTrue();
            assertThat(world.deadLetters()).isEmpty();
        }
    }
}
