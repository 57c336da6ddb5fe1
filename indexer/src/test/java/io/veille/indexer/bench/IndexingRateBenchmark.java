package io.veille.indexer.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.VersionType;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.kafka.VeilleTopics;
import io.veille.indexer.index.ArticleDocument;
import io.veille.indexer.testing.Articles;
import io.veille.indexer.testing.IndexerFixture;
import io.veille.indexer.write.ArticleIndexer;
import io.veille.localstack.LocalStack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Indexing rate of 3 KB articles, in one run on the same local Kafka and Elasticsearch:
 * <ol>
 *   <li>a plain {@link BulkIngester} loop adding the documents (the ceiling: no Kafka at all);</li>
 *   <li>the whole indexer path: records already on {@code articles.enriched}, consumed, deserialized, mapped,
 *       bulk-written with external versions, offsets committed; timed from the first record read until every
 *       offset is committed.</li>
 * </ol>
 * Not a test (it asserts nothing and never runs in CI). Run it with
 * {@code java -cp <test classpath> io.veille.indexer.bench.IndexingRateBenchmark [documents [rounds]]};
 * the first round warms up the JVMs and Elasticsearch.
 */
public final class IndexingRateBenchmark {
    private IndexingRateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("veille-bench-");
        try (LocalStack stack = LocalStack.startLocal(work, 0, 0, true, VeilleTopics.withDefaultPrefix(), 3)) {
            List<EnrichedArticle> articles = IntStream.range(0, documents)
                    .mapToObj(n -> Articles.article(n, Articles.BASE.plusSeconds(n), 3000)).toList();
            List<ArticleDocument> docs = articles.stream().map(ArticleDocument::of).toList();
            long bytes = docs.stream().mapToLong(d -> String.valueOf(d.source().get("text")).length()).sum() / documents;
            System.out.printf("%d documents, about %d bytes of text each%n", documents, bytes);

            for (int round = 1; round <= rounds; round++) {
                double plain = plainBulkIngester(stack, docs, "bench-plain-" + round);
                double pipeline = consumerToBulk(stack, articles, "bench-pipe-" + round);
                System.out.printf("round %d: plain BulkIngester loop %.0f docs/s; consumer -> bulk (committed) %.0f docs/s%n",
                        round, plain, pipeline);
            }
        }
    }

    private static double plainBulkIngester(LocalStack stack, List<ArticleDocument> docs, String name) throws Exception {
        try (IndexerFixture world = new IndexerFixture(stack, name)) {
            ElasticsearchClient es = world.es;
            var s = world.settings;
            long start = System.nanoTime();
            try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(es).maxOperations(s.bulkMaxOperations())
                    .maxSize(s.bulkMaxBytes()).maxConcurrentRequests(s.bulkConcurrentRequests())
                    .flushInterval(s.bulkFlushInterval().toMillis(), TimeUnit.MILLISECONDS))) {
                for (ArticleDocument doc : docs) {
                    ingester.add(op -> op.index(i -> i.index(s.alias()).id(doc.id()).version(doc.version())
                            .versionType(VersionType.ExternalGte).document(doc.source())));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            check(world.count(), docs.size(), name);
            return docs.size() / seconds;
        }
    }

    private static double consumerToBulk(LocalStack stack, List<EnrichedArticle> articles, String name) throws Exception {
        try (IndexerFixture world = new IndexerFixture(stack, name)) {
            world.produce(articles);
            ArticleIndexer indexer = world.startIndexer();
            while (indexer.readCount() == 0) { // the clock starts at the first record, not at the group join
                Thread.sleep(1);
            }
            long start = System.nanoTime();
            while (!world.lag().values().stream().allMatch(l -> l == 0)) {
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            check(world.count(), articles.size(), name);
            indexer.stop();
            return articles.size() / seconds;
        }
    }

    private static void check(long count, int expected, String name) {
        if (count != expected) {
            throw new IllegalStateException(name + ": " + count + " documents instead of " + expected);
        }
    }
}
