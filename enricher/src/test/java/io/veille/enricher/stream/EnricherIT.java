package io.veille.enricher.stream;

import io.veille.common.config.VeilleConfig;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.common.kafka.Serdes;
import io.veille.common.kafka.TopicBootstrap;
import io.veille.common.kafka.VeilleTopics;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The enricher against the real broker, with exactly-once processing through crashes and rebalances. */
@ExtendWith(LocalStackExtension.class)
class EnricherIT {
    @TempDir
    Path dir;

    private static VeilleTopics freshTopics(LocalStack stack) {
        VeilleTopics topics = new VeilleTopics("it-" + UUID.randomUUID().toString().substring(0, 8) + ".");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()))) {
            new TopicBootstrap(admin, (short) -1).createMissing(topics.specs(4)); // returns once every partition has a leader
        }
        return topics;
    }

    static RawArticle article(int n) {
        return EnricherITArticles.article(n);
    }

    private static KafkaProducer<String, byte[]> producer(LocalStack stack) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
    }

    private static void produce(KafkaProducer<String, byte[]> producer, VeilleTopics topics, int from, int to) {
        var serializer = Serdes.rawArticle().serializer();
        for (int n = from; n < to; n++) {
            RawArticle a = article(n);
            producer.send(new ProducerRecord<>(topics.articlesRaw(), a.id(), serializer.serialize("", a)));
        }
        producer.flush();
    }

    /** Every committed record of a topic, read with read_committed until {@code done} holds or the timeout. */
    private static List<ConsumerRecord<String, byte[]>> readCommitted(LocalStack stack, String topic,
                                                                      Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(500));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    quietSince = System.nanoTime();
                }
                // done, and nothing more for 3 s: a duplicate arriving late would have shown by then
                if (done.test(records) && System.nanoTime() - quietSince > Duration.ofSeconds(3).toNanos()) {
                    break;
                }
            }
            return records;
        }
    }

    private static Process startProcess(LocalStack stack, VeilleTopics topics, Path stateDir, String appId) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), EnricherProcess.class.getName(),
                stack.kafka().bootstrapServers(), topics.prefix(), stateDir.toString(), appId)
                .redirectErrorStream(true).redirectOutput(stateDir.resolveSibling(stateDir.getFileName() + ".log").toFile()).start();
        return process;
    }

    private static Map<String, Integer> countByKey(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(r.key(), 1, Integer::sum));
        return counts;
    }

    private static void awaitAtLeast(LocalStack stack, String topic, int count) {
        readCommitted(stack, topic, r -> r.size() >= count, Duration.ofSeconds(60));
    }

    @Test
    void everyArticleAppearsExactlyOnceThroughCrashesAndAFreshStateDir(LocalStack stack) throws Exception {
        VeilleTopics topics = freshTopics(stack);
        String appId = "enricher-crash-" + UUID.randomUUID();
        int total = 2000; // the chaos suite crashes the enricher on 5,000: here, the state dir's part
        try (var producer = producer(stack)) {
            Process first = startProcess(stack, topics, dir.resolve("state-a"), appId);
            produce(producer, topics, 0, 1000);
            awaitAtLeast(stack, topics.articlesEnriched(), 200);
            first.destroyForcibly().waitFor(); // kill -9 in the middle of the stream

            Process second = startProcess(stack, topics, dir.resolve("state-a"), appId); // same state dir
            produce(producer, topics, 1000, total);
            awaitAtLeast(stack, topics.articlesEnriched(), 1200);
            second.destroyForcibly().waitFor();

            Process third = startProcess(stack, topics, dir.resolve("state-b"), appId); // fresh state dir: restored from the changelog
            produce(producer, topics, 0, 200); // exact repeats of articles already enriched: dropped by the restored dedup store
            try {
                List<ConsumerRecord<String, byte[]>> out = readCommitted(stack, topics.articlesEnriched(), r -> r.size() >= total, Duration.ofSeconds(180));
                Map<String, Integer> counts = countByKey(out);
                System.out.printf("enriched: %d records, %d distinct ids%n", out.size(), counts.size());
                assertThat(counts).hasSize(total);
                assertThat(counts.values()).allMatch(c -> c == 1);
                assertThat(out).hasSize(total);
            } finally {
                third.destroy();
                third.waitFor();
            }
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndEveryArticleAppearsOnce(LocalStack stack) throws Exception {
        VeilleTopics topics = freshTopics(stack);
        VeilleConfig config = VeilleConfig.defaults()
                .with("kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                .with("topics.prefix", topics.prefix())
                .with("enricher.application-id", "enricher-pair-" + UUID.randomUUID());
        int total = 1000;
        try (var one = new EnricherApp(config.with("enricher.state-dir", dir.resolve("one").toString()), EnricherProcess::understand, y -> { }).start();
             var two = new EnricherApp(config.with("enricher.state-dir", dir.resolve("two").toString()), EnricherProcess::understand, y -> { }).start();
             var producer = producer(stack)) {
            assertThat(one.awaitRunning(Duration.ofSeconds(60))).isTrue();
            assertThat(two.awaitRunning(Duration.ofSeconds(60))).isTrue();
            produce(producer, topics, 0, total);
            List<ConsumerRecord<String, byte[]>> out = readCommitted(stack, topics.articlesEnriched(), r -> r.size() >= total, Duration.ofSeconds(120));
            assertThat(countByKey(out)).hasSize(total).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            assertThat(out).hasSize(total);
            // the trend counts are spread over both instances' stores and add up to the articles
            long counted = 0;
            for (EnricherApp app : List.of(one, two)) {
                for (String topic : List.of("open-source", "digital-sovereignty")) {
                    counted += app.trends(topic, "day", Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-03T00:00:00Z"))
                            .stream().mapToLong(t -> t.count()).sum();
                }
            }
            assertThat(counted).isEqualTo(total);
        }
    }

    @Test
    void poisonRecordsLandInTheDeadLetterTopicWithTheirReasonAndTheRestIsEnriched(LocalStack stack) throws Exception {
        VeilleTopics topics = freshTopics(stack);
        VeilleConfig config = VeilleConfig.defaults()
                .with("kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                .with("topics.prefix", topics.prefix())
                .with("enricher.application-id", "enricher-dlq-" + UUID.randomUUID())
                .with("enricher.state-dir", dir.resolve("dlq").toString());
        try (var app = new EnricherApp(config, EnricherProcess::understand, y -> { }).start();
             var producer = producer(stack)) {
            producer.send(new ProducerRecord<>(topics.articlesRaw(), "garbage", "\u0000\u0001 not json".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(topics.articlesRaw(), "future", "{\"schemaVersion\":99,\"id\":\"f\",\"url\":\"u\",\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8)));
            produce(producer, topics, 0, 10);
            var dead = readCommitted(stack, topics.articlesDlq(), r -> r.size() >= 2, Duration.ofSeconds(60));
            assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("garbage", "future");
            assertThat(dead).allSatisfy(r -> {
                assertThat(new String(r.headers().lastHeader(DeadLetters.STAGE_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo("deserialization");
                assertThat(r.headers().lastHeader(DeadLetters.MESSAGE_HEADER)).isNotNull();
                assertThat(new String(r.headers().lastHeader(DeadLetters.TOPIC_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo(topics.articlesRaw());
            });
            assertThat(readCommitted(stack, topics.articlesEnriched(), r -> r.size() >= 10, Duration.ofSeconds(60))).hasSize(10);
        }
    }

    @Test
    void wrongShapesAndOversizedRecordsLandInTheDeadLetterTopicAndTheArticlesAfterThemAreEnriched(LocalStack stack) throws Exception {
        VeilleTopics topics = freshTopics(stack);
        VeilleConfig config = VeilleConfig.defaults()
                .with("kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                .with("topics.prefix", topics.prefix())
                .with("enricher.application-id", "enricher-hostile-" + UUID.randomUUID())
                .with("enricher.state-dir", dir.resolve("hostile").toString());
        // a producer that may send what the enricher's own producer may not: records up to the broker's limit
        Map<String, Object> big = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 3 * 1024 * 1024));
        Map<String, byte[]> poison = new java.util.LinkedHashMap<>();
        poison.put("array", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
        poison.put("string", "\"just a string\"".getBytes(StandardCharsets.UTF_8));
        poison.put("no-version", "{\"id\":\"x\",\"url\":\"https://news.example.org/x\"}".getBytes(StandardCharsets.UTF_8));
        poison.put("wrong-types", ("{\"schemaVersion\":1,\"id\":\"y\",\"url\":\"https://news.example.org/y\",\"title\":{\"nested\":true},"
                + "\"publishedAt\":\"not a date\",\"links\":42}").getBytes(StandardCharsets.UTF_8));
        poison.put("oversized-garbage", "\u0001".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        // not here: a valid article whose result exceeds the producer's request size is not dead-lettered yet
        // (RecordTooLargeException repeats in the log; see docs/security.md, open gap)
        try (var app = new EnricherApp(config, EnricherProcess::understand, y -> { }).start();
             var producer = new KafkaProducer<>(big, new StringSerializer(), new ByteArraySerializer())) {
            produce(producer, topics, 0, 5);
            for (var entry : poison.entrySet()) {
                producer.send(new ProducerRecord<>(topics.articlesRaw(), entry.getKey(), entry.getValue())).get();
            }
            produce(producer, topics, 5, 15);
            var dead = readCommitted(stack, topics.articlesDlq(), r -> r.size() >= poison.size(), Duration.ofSeconds(120));
            assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(poison.keySet());
            assertThat(dead).allSatisfy(r -> {
                assertThat(r.headers().lastHeader(DeadLetters.STAGE_HEADER)).isNotNull();
                assertThat(r.headers().lastHeader(DeadLetters.MESSAGE_HEADER)).isNotNull();
                assertThat(r.headers().lastHeader(DeadLetters.TOPIC_HEADER)).isNotNull();
            });
            // too large to be copied whole: the dead letter keeps the reason and the origin, and the value's size
            assertThat(dead).filteredOn(r -> r.key().startsWith("oversized")).hasSize(1).allSatisfy(r -> {
                assertThat(r.value()).isNull();
                assertThat(r.headers().lastHeader(DeadLetters.VALUE_DROPPED_HEADER)).isNotNull();
            });
            var enriched = readCommitted(stack, topics.articlesEnriched(), r -> r.size() >= 15, Duration.ofSeconds(120));
            assertThat(countByKey(enriched)).hasSize(15).allSatisfy((k, n) -> assertThat(n).isEqualTo(1));
        }
    }
}
