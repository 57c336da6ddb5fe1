package io.veille.enricher.stream.bench;

import io.veille.common.config.VeilleConfig;
import io.veille.common.event.RawArticle;
import io.veille.common.kafka.Serdes;
import io.veille.common.kafka.TopicBootstrap;
import io.veille.common.kafka.VeilleTopics;
import io.veille.enricher.LiveUnderstanding;
import io.veille.enricher.stream.EnricherApp;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import io.veille.localstack.LocalStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measures the enricher end to end through a real broker, next to the understanding alone on one
 * thread, on the same 3 KB articles. Not a test: run it by hand (it starts its own local stack).
 *
 * <pre>mvn -pl enricher test-compile exec:java ... or run main() from the test class path; argument: article count (default 5000)</pre>
 */
public final class StreamsThroughput {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        List<RawArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(io.veille.enricher.stream.EnricherITArticles.article(i));
        }
        LiveUnderstanding understanding = new LiveUnderstanding(TaxonomyLoader.loadDefault());
        for (int i = 0; i < Math.min(n, 2000); i++) {
            understanding.enrich(articles.get(i)); // warm-up
        }
        long t0 = System.nanoTime();
        for (RawArticle a : articles) {
            understanding.enrich(a);
        }
        double alone = n / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("understanding alone, one thread: %.0f articles/s%n", alone);

        Path dir = Files.createTempDirectory("veille-throughput-");
        try (LocalStack stack = LocalStack.startLocal(dir, 0, 0, true, VeilleTopics.withDefaultPrefix(), 3)) {
            VeilleConfig config = VeilleConfig.defaults()
                    .with("kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                    .with("topics.prefix", "tp-" + UUID.randomUUID().toString().substring(0, 6) + ".")
                    .with("enricher.state-dir", dir.resolve("streams").toString())
                    .with("enricher.application-id", "throughput");
            TopicBootstrap.ensureTopics(config);
            VeilleTopics topics = new VeilleTopics(config.string("topics.prefix"));
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    stack.kafka().bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                    new StringSerializer(), Serdes.rawArticle().serializer())) {
                for (RawArticle a : articles) {
                    producer.send(new ProducerRecord<>(topics.articlesRaw(), a.id(), a));
                }
            }
            try (EnricherApp app = new EnricherApp(config, understanding::enrich, understanding::useTaxonomy);
                 var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                         ConsumerConfig.GROUP_ID_CONFIG, "count", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                         ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(topics.articlesEnriched()));
                long start = System.nanoTime();
                app.start();
                int seen = 0;
                while (seen < n && System.nanoTime() - start < Duration.ofMinutes(10).toNanos()) {
                    seen += consumer.poll(Duration.ofMillis(200)).count();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("through the broker, one instance (exactly-once, startup included): %d articles in %.1f s = %.0f articles/s%n",
                        seen, seconds, seen / seconds);
            }
        }
    }
}
