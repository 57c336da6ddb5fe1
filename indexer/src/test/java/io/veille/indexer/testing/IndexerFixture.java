package io.veille.indexer.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.common.config.VeilleConfig;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.kafka.Serdes;
import io.veille.common.kafka.TopicBootstrap;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ElasticsearchClients;
import io.veille.indexer.index.IndexManager;
import io.veille.indexer.write.ArticleIndexer;
import io.veille.localstack.LocalStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One isolated indexer world on the shared local stack: its own topic prefix, alias and consumer group,
 * so that integration tests never see each other's data.
 */
public final class IndexerFixture implements AutoCloseable {
    public final VeilleConfig config;
    public final IndexerSettings settings;
    public final ElasticsearchClient es;
    public final IndexManager indices;
    private final List<Thread> threads = new ArrayList<>();
    private final List<ArticleIndexer> indexers = new ArrayList<>();

    public IndexerFixture(LocalStack stack, String name) {
        this.config = VeilleConfig.defaults()
                .with("kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                .with("elasticsearch.url", stack.elasticsearch().url())
                .with("elasticsearch.alias", name + "-articles")
                .with("topics.prefix", name + ".")
                .with("indexer.group-id", name + "-indexer")
                .with("indexer.retry.initial-backoff", "100ms")
                .with("indexer.retry.max-backoff", "2s")
                .with("indexer.bulk.flush-interval", "200ms")
                .with("api.token", "it-token");
        this.settings = IndexerSettings.from(config);
        this.es = ElasticsearchClients.create(settings);
        this.indices = new IndexManager(es, settings.alias(), 1, 0);
        try (Admin admin = Admin.create(settings.kafkaProperties())) {
            new TopicBootstrap(admin, (short) -1).createMissing(settings.topics().specs(3));
        }
        indices.ensureReady();
    }

    /** Indexes {@code articles} through the real path (Kafka, then the indexer) and waits until all are committed. */
    public void indexAll(List<EnrichedArticle> articles) {
        if (indexers.isEmpty()) {
            startIndexer();
        }
        produce(articles);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!lag().values().stream().allMatch(l -> l == 0)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("articles not indexed within 2 minutes");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        indices.refresh(settings.alias());
    }

    /** Starts an indexer on its own thread. */
    public ArticleIndexer startIndexer() {
        ArticleIndexer indexer = new ArticleIndexer(settings, es, settings.alias());
        Thread thread = new Thread(indexer, "it-indexer-" + indexers.size());
        thread.start();
        threads.add(thread);
        indexers.add(indexer);
        return indexer;
    }

    public boolean indexerThreadsAlive() {
        return threads.stream().allMatch(Thread::isAlive);
    }

    public void produce(List<EnrichedArticle> articles) {
        var serializer = Serdes.enrichedArticle().serializer();
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (EnrichedArticle article : articles) {
                sent.add(producer.send(new ProducerRecord<>(settings.topics().articlesEnriched(),
                        article.id().getBytes(), serializer.serialize("", article))));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> future : sent) {
                future.get(); // a record the broker did not take fails the test here, not as a wrong count later
            }
        } catch (Exception e) {
            throw new IllegalStateException("producing test articles failed: " + e, e);
        }
    }

    public void produceRaw(String key, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(settings.topics().articlesEnriched(), key.getBytes(), value));
            producer.flush();
        }
    }

    public KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> props = settings.kafkaProperties();
        props.put("acks", "all");
        props.put("linger.ms", 5);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Every record of the DLQ so far. */
    public List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        return readAll(settings.topics().articlesDlq());
    }

    public List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Map<String, Object> props = settings.kafkaProperties();
        props.put("group.id", "it-reader-" + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        props.put("enable.auto.commit", false);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Per partition of the enriched topic: end offset minus the offset the indexer's group committed. */
    public Map<TopicPartition, Long> lag() {
        String topic = settings.topics().articlesEnriched();
        try (Admin admin = Admin.create(settings.kafkaProperties())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(settings.groupId())
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().offset() - (committed.get(e.getKey()) == null ? 0 : committed.get(e.getKey()).offset())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public long count() {
        indices.refresh(settings.alias());
        return indices.count(settings.alias());
    }

    @Override
    public void close() {
        indexers.forEach(ArticleIndexer::close);
        for (Thread thread : threads) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ElasticsearchClients.close(es);
    }
}
