package io.veille.ingester.it;

import io.veille.common.config.VeilleConfig;
import io.veille.common.event.RawArticle;
import io.veille.common.kafka.Serdes;
import io.veille.common.kafka.TopicBootstrap;
import io.veille.common.kafka.VeilleTopics;
import io.veille.ingester.cli.IngestCommandAccess;
import io.veille.ingester.produce.KafkaArticleSink;
import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.registry.KafkaClients;
import io.veille.ingester.registry.KafkaFeedRegistry;
import io.veille.ingester.schedule.IngestDaemon;
import io.veille.ingester.schedule.IngesterSetup;
import io.veille.ingester.state.KafkaFeedStateStore;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The ingester on the real broker, over the bundled samples served by a real local HTTP server. */
@ExtendWith(LocalStackExtension.class)
class IngesterIT {

    private static VeilleConfig config(LocalStack stack, String prefix) {
        return VeilleConfig.defaults()
                .with("kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                .with("topics.prefix", prefix)
                .with("ingester.http.allow-loopback", "true")
                .with("ingester.http.per-host-delay", "0s")
                .with("ingester.group-id", "veille-ingester-" + prefix);
    }

    private static VeilleTopics freshTopics(LocalStack stack, String prefix) {
        VeilleTopics topics = new VeilleTopics(prefix);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafka().bootstrapServers()))) {
            new TopicBootstrap(admin, (short) -1).createMissing(topics.specs(3));
        }
        return topics;
    }

    private static List<RawArticle> readAll(LocalStack stack, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                Serdes.rawArticle().deserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            List<RawArticle> out = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(60);
            while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, RawArticle> r : consumer.poll(Duration.ofMillis(500))) {
                    assertThat(r.key()).isEqualTo(r.value().id());
                    out.add(r.value());
                }
            }
            return out;
        }
    }

    private static String[] run(VeilleConfig config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IngestCommandAccess.run(config, new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString().trim(), err.toString().trim()};
    }

    private static Path feedsFile(Path dir, SampleServer server) throws Exception {
        StringBuilder yaml = new StringBuilder("feeds:\n");
        server.feedUrls().forEach(u -> yaml.append("  - url: ").append(u).append("\n    tags: [samples]\n"));
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Test
    void aRestartReEmitsNothingAndAChangedItemIsEmittedOnceAsAnUpdate(LocalStack stack, @TempDir Path dir) throws Exception {
        String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        VeilleTopics topics = freshTopics(stack, prefix);
        VeilleConfig config = config(stack, prefix);
        try (SampleServer server = new SampleServer()) {
            Path feeds = feedsFile(dir, server);
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            String[] first = run(config, "--once", "--feeds", feeds.toString());
            long firstNanos = System.nanoTime() - t0;
            long firstPeak = peakHeapBytes();
            assertThat(first[0]).as(first[2]).isEqualTo("0");
            List<RawArticle> afterFirst = readAll(stack, topics.articlesRaw());
            int feedCount = server.feedUrls().size();
            assertThat(first[1]).startsWith("feeds: " + feedCount + " ok, 0 not modified, 0 failed; articles: " + afterFirst.size() + " new, 0 updated");
            assertThat(afterFirst).hasSizeGreaterThan(20);
            assertThat(afterFirst).allSatisfy(a -> assertThat(a.feedTags()).containsExactly("samples"));
            Set<String> pairs = afterFirst.stream().map(a -> a.feedId() + "/" + a.id()).collect(Collectors.toSet());
            assertThat(pairs).hasSize(afterFirst.size());

            // a restart (a new process: nothing in memory) with every feed answering 304
            resetPeaks();
            long t1 = System.nanoTime();
            String[] second = run(config, "--once");
            long secondNanos = System.nanoTime() - t1;
            assertThat(second[1]).startsWith("feeds: 0 ok, " + feedCount + " not modified, 0 failed; articles: 0 new, 0 updated");
            // and again with no validators honoured: every body read, every item already seen
            server.conditional = false;
            String[] third = run(config, "--once");
            assertThat(third[1]).startsWith("feeds: " + feedCount + " ok, 0 not modified, 0 failed; articles: 0 new, 0 updated");
            assertThat(readAll(stack, topics.articlesRaw())).hasSize(afterFirst.size());

            // one item's text changes: it is emitted once more, as an update
            server.change("le-terminal-bavard.rss.xml", xml -> xml.replace(
                    "<title>Astuce : découper son fichier de configuration SSH avec Include</title>",
                    "<title>Astuce : découper son fichier de configuration SSH avec Include (mis à jour)</title>"));
            String[] fourth = run(config, "--once");
            assertThat(fourth[1]).startsWith("feeds: " + feedCount + " ok, 0 not modified, 0 failed; articles: 0 new, 1 updated");
            String[] fifth = run(config, "--once");
            assertThat(fifth[1]).contains("0 new, 0 updated");
            List<RawArticle> all = readAll(stack, topics.articlesRaw());
            assertThat(all).hasSize(afterFirst.size() + 1);
            List<RawArticle> updates = all.stream().filter(a -> a.title().endsWith("(mis à jour)")).toList();
            assertThat(updates).hasSize(1);
            RawArticle update = updates.get(0);
            assertThat(afterFirst).anySatisfy(a -> {
                assertThat(a.id()).isEqualTo(update.id());
                assertThat(a.contentHash()).isNotEqualTo(update.contentHash());
            });

            System.out.printf("MEASURE ingest --once over %d sample feeds: %d articles in %d ms = %.0f articles/s; peak heap %d MiB%n",
                    feedCount, afterFirst.size(), firstNanos / 1_000_000, afterFirst.size() / (firstNanos / 1e9), firstPeak >> 20);
            System.out.printf("MEASURE second pass, all 304: %d ms%n", secondNanos / 1_000_000);
            System.out.println("MEASURE summaries: " + first[1] + " | " + second[1]);
        }
    }

    @Test
    void twoInstancesSplitTheFeedsAndTheSurvivorTakesThemOver(LocalStack stack) throws Exception {
        String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        VeilleTopics topics = freshTopics(stack, prefix);
        VeilleConfig config = config(stack, prefix)
                .with("ingester.poll.min-interval", "2s")
                .with("ingester.poll.max-interval", "3s");
        Map<String, Object> client = KafkaClients.common(config);
        try (SampleServer server = new SampleServer();
             KafkaFeedRegistry registry = new KafkaFeedRegistry(client, topics.feeds());
             KafkaFeedStateStore statesA = new KafkaFeedStateStore(client, topics.feedState());
             KafkaFeedStateStore statesB = new KafkaFeedStateStore(client, topics.feedState());
             KafkaArticleSink sinkA = new KafkaArticleSink(client, topics.articlesRaw());
             KafkaArticleSink sinkB = new KafkaArticleSink(client, topics.articlesRaw())) {
            Set<String> all = new HashSet<>();
            for (var url : server.feedUrls()) {
                FeedRecord feed = FeedRecord.of(url.toString(), null, List.of(), Instant.now());
                registry.put(feed);
                all.add(feed.id());
            }
            IngestDaemon a = new IngestDaemon(client, IngesterSetup.groupId(config), topics.feeds(), statesA, registry,
                    IngesterSetup.poller(config, sinkA, statesA, Clock.systemUTC()), 2, Clock.systemUTC());
            IngestDaemon b = new IngestDaemon(client, IngesterSetup.groupId(config), topics.feeds(), statesB, registry,
                    IngesterSetup.poller(config, sinkB, statesB, Clock.systemUTC()), 2, Clock.systemUTC());
            Thread ta = new Thread(a, "ingester-a");
            Thread tb = new Thread(b, "ingester-b");
            ta.start();
            tb.start();

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(a.ownedFeedIds()).isNotEmpty();
                assertThat(b.ownedFeedIds()).isNotEmpty();
                assertThat(a.ownedFeedIds()).doesNotContainAnyElementsOf(b.ownedFeedIds());
                Set<String> union = new HashSet<>(a.ownedFeedIds());
                union.addAll(b.ownedFeedIds());
                assertThat(union).isEqualTo(all);
                assertThat(a.polledFeedIds()).containsAll(a.ownedFeedIds());
                assertThat(b.polledFeedIds()).containsAll(b.ownedFeedIds());
            });
            Set<String> ownedByA = a.ownedFeedIds();
            int emitted = readAll(stack, topics.articlesRaw()).size();
            assertThat(emitted).isGreaterThan(20);

            a.stop();
            ta.join(30_000);
            Map<String, Integer> before = b.pollCounts();
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(b.ownedFeedIds()).isEqualTo(all);
                Map<String, Integer> now = b.pollCounts();
                for (String id : ownedByA) {
                    assertThat(now.getOrDefault(id, 0)).as("polls of %s by B", id).isGreaterThan(before.getOrDefault(id, 0));
                }
            });
            // B took A's feeds with their state: it polled them again and emitted nothing twice
            assertThat(readAll(stack, topics.articlesRaw())).hasSize(emitted);
            b.close();
            tb.join(30_000);
        }
    }
}
