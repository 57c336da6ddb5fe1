package io.veille.indexer.write;

import io.veille.common.event.EnrichedArticle;
import io.veille.indexer.testing.Articles;
import io.veille.indexer.testing.IndexerFixture;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The indexer on a real broker and a real Elasticsearch: idempotence, ordering, dead letters. */
@ExtendWith(LocalStackExtension.class)
class ArticleIndexerIT {

    @Test
    void theSameThousandArticlesIndexedThreeTimesLeaveExactlyAThousandDocuments(LocalStack stack) {
        try (IndexerFixture world = new IndexerFixture(stack, "it-thrice")) {
            List<EnrichedArticle> articles = IntStream.range(0, 1000).mapToObj(Articles::article).toList();
            world.startIndexer();
            for (int round = 0; round < 3; round++) {
                world.produce(articles);
            }
            // every record's offset committed means every record is in Elasticsearch (commit follows the bulk)
            await().atMost(Duration.ofMinutes(2)).until(() -> world.lag().values().stream().allMatch(l -> l == 0));
            assertThat(world.count()).isEqualTo(1000);
        }
    }

    @Test
    void anUpdateReplacesTheDocumentAndAnOlderReplayDoesNotUndoIt(LocalStack stack) {
        try (IndexerFixture world = new IndexerFixture(stack, "it-update")) {
            EnrichedArticle first = Articles.article(1);
            EnrichedArticle update = Articles.revised(first, "Corrected title", Articles.BASE.plusSeconds(3600));
            world.startIndexer();

            world.produce(List.of(first, update));
            await().atMost(Duration.ofSeconds(60)).until(() -> "Corrected title".equals(title(world, first.id())));

            world.produce(List.of(first)); // the older version, replayed
            await().atMost(Duration.ofSeconds(60)).until(() -> world.lag().values().stream().allMatch(l -> l == 0));
            assertThat(title(world, first.id())).isEqualTo("Corrected title");
            assertThat(world.count()).isEqualTo(1);
        }
    }

    @Test
    void aDocumentElasticsearchRejectsGoesToTheDeadLetterTopicWhileTheOthersAreIndexed(LocalStack stack) {
        try (IndexerFixture world = new IndexerFixture(stack, "it-dlq")) {
            List<EnrichedArticle> good = IntStream.range(0, 20).mapToObj(Articles::article).toList();
            EnrichedArticle rejected = Articles.withImpossibleDate(500);
            world.startIndexer();

            world.produce(good.subList(0, 10));
            world.produce(List.of(rejected));
            world.produceRaw("not-json", "this is not an article".getBytes(StandardCharsets.UTF_8));
            world.produce(good.subList(10, 20));

            await().atMost(Duration.ofSeconds(60)).until(() -> world.lag().values().stream().allMatch(l -> l == 0));
            assertThat(world.count()).isEqualTo(20);
            List<ConsumerRecord<byte[], byte[]>> dead = world.deadLetters();
            assertThat(dead).hasSize(2);
            Map<String, String> byKey = dead.stream().collect(java.util.stream.Collectors.toMap(
                    r -> new String(r.key(), StandardCharsets.UTF_8), r -> header(r, DeadLetters.REASON)));
            assertThat(byKey).containsEntry(rejected.id(), "mapping-rejected").containsEntry("not-json", "not-readable");
            ConsumerRecord<byte[], byte[]> mapping = dead.stream()
                    .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(rejected.id())).findFirst().orElseThrow();
            assertThat(header(mapping, DeadLetters.ERROR)).isEqualTo("document_parsing_exception");
            assertThat(header(mapping, DeadLetters.MESSAGE)).contains("events.start");
            assertThat(header(mapping, DeadLetters.TOPIC)).isEqualTo(world.settings.topics().articlesEnriched());
        }
    }

    @Test
    void wrongShapesFutureVersionsAndOversizedRecordsAreDeadLetteredWithTheirReasonAndTheRestIsIndexed(LocalStack stack) throws Exception {
        try (IndexerFixture world = new IndexerFixture(stack, "it-hostile-dlq")) {
            List<EnrichedArticle> good = IntStream.range(0, 20).mapToObj(Articles::article).toList();
            EnrichedArticle big = Articles.withImpossibleDate(700);
            // rejected by Elasticsearch, and too large (about 1.5 MB) for a producer's default request size
            EnrichedArticle bigRejected = new EnrichedArticle(big.schemaVersion(),
                    io.veille.common.event.RawArticleBuilder.from(big.article()).text("x".repeat(1_500_000)).build(),
                    big.language(), big.languageConfidence(), big.topics(), big.events(), big.sponsored(), big.storyId(),
                    big.readingTimeMinutes(), big.summary(), big.taxonomyVersion(), big.enrichedAt());
            EnrichedArticle bigGood = Articles.article(701, Articles.BASE, 1_500_000);
            Map<String, byte[]> poison = new java.util.LinkedHashMap<>();
            poison.put("array", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
            poison.put("no-version", "{\"article\":{}}".getBytes(StandardCharsets.UTF_8));
            poison.put("wrong-types", ("{\"schemaVersion\":1,\"article\":\"not an object\",\"topics\":{\"a\":1},"
                    + "\"enrichedAt\":\"yesterday\"}").getBytes(StandardCharsets.UTF_8));
            poison.put("future", ("{\"schemaVersion\":" + (EnrichedArticle.SCHEMA_VERSION + 7) + ",\"article\":{}}").getBytes(StandardCharsets.UTF_8));
            poison.put("oversized-garbage", "\u0002".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
            poison.put(bigRejected.id(), io.veille.common.kafka.Serdes.enrichedArticle().serializer().serialize("", bigRejected));
            Map<String, Object> props = world.settings.kafkaProperties();
            props.put("acks", "all");
            props.put("max.request.size", 3 * 1024 * 1024);
            world.startIndexer();
            world.produce(good.subList(0, 10));
            try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<byte[], byte[]>(props,
                    new org.apache.kafka.common.serialization.ByteArraySerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
                for (var entry : poison.entrySet()) {
                    producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(world.settings.topics().articlesEnriched(),
                            entry.getKey().getBytes(StandardCharsets.UTF_8), entry.getValue())).get();
                }
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(world.settings.topics().articlesEnriched(),
                        bigGood.id().getBytes(StandardCharsets.UTF_8),
                        io.veille.common.kafka.Serdes.enrichedArticle().serializer().serialize("", bigGood))).get();
            }
            world.produce(good.subList(10, 20));

            await().atMost(Duration.ofMinutes(3)).until(() -> world.lag().values().stream().allMatch(l -> l == 0));
            world.indices.refresh(world.settings.alias());
            assertThat(world.count()).as("the twenty articles and the large valid one").isEqualTo(21);
            List<ConsumerRecord<byte[], byte[]>> dead = world.deadLetters();
            Map<String, String> reasons = dead.stream().collect(java.util.stream.Collectors.toMap(
                    r -> new String(r.key(), StandardCharsets.UTF_8), r -> header(r, DeadLetters.REASON)));
            assertThat(reasons).containsOnly(
                    Map.entry("array", "not-readable"), Map.entry("no-version", "not-readable"),
                    Map.entry("wrong-types", "not-readable"), Map.entry("future", "unsupported-version"),
                    Map.entry("oversized-garbage", "not-readable"), Map.entry(bigRejected.id(), "mapping-rejected"));
            assertThat(dead).allSatisfy(r -> assertThat(header(r, DeadLetters.MESSAGE)).isNotBlank());
            ConsumerRecord<byte[], byte[]> garbage = dead.stream()
                    .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("oversized-garbage")).findFirst().orElseThrow();
            assertThat(garbage.value()).as("too large to copy: dropped, its size kept").isNull();
            assertThat(header(garbage, DeadLetters.VALUE_DROPPED)).isEqualTo(Integer.toString(2 * 1024 * 1024));
            assertThat(world.indexerThreadsAlive()).isTrue();
        }
    }

    static String title(IndexerFixture world, String id) {
        try {
            var response = world.es.get(g -> g.index(world.settings.alias()).id(id), Map.class);
            return response.found() ? (String) response.source().get("title") : null;
        } catch (Exception e) {
            return null;
        }
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
