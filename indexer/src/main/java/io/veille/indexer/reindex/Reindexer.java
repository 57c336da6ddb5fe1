package io.veille.indexer.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.kafka.EventDeserializationException;
import io.veille.common.kafka.EventSerde;
import io.veille.common.kafka.Serdes;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ArticleDocument;
import io.veille.indexer.index.IndexManager;
import io.veille.indexer.index.IndexNames;
import io.veille.indexer.write.Backoff;
import io.veille.indexer.write.BulkWriter;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds the article index from the Kafka log: reads {@code veille.articles.enriched} from the earliest
 * offset into a new index {@code <alias>-v(N+1)}, swaps the alias to it in one atomic request, then
 * copies the records that arrived meanwhile. Searches keep answering from the old index until the swap,
 * and from the new one after. The old index is kept unless {@code dropOld}.
 *
 * <p>It reads without a consumer group (nothing is committed, the live indexer is not disturbed) and writes
 * with the same versioned writes as the live indexer, so both may write at once.
 */
public final class Reindexer {
    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final IndexerSettings settings;
    private final ElasticsearchClient es;
    private final IndexManager indices;
    private final PrintWriter progress;

    /** What a reindex did. */
    public record Result(String oldIndex, String newIndex, long records, long documents, long rejected,
                         long unreadable, boolean oldDropped) {
    }

    public Reindexer(IndexerSettings settings, ElasticsearchClient es, IndexManager indices, PrintWriter progress) {
        this.settings = settings;
        this.es = es;
        this.indices = indices;
        this.progress = progress;
    }

    public Result run(boolean dropOld) throws InterruptedException {
        indices.putTemplate();
        Optional<String> old = indices.currentIndex();
        int version = indices.latestVersion().orElse(0) + 1;
        String target = IndexNames.versioned(settings.alias(), version);
        indices.createIndex(target, false);
        LOG.info("Reindexing {} into {}", settings.topics().articlesEnriched(), target);

        AtomicLong rejected = new AtomicLong();
        BulkWriter.Listener<Long> listener = new BulkWriter.Listener<>() {
            @Override
            public void written(Long offset, boolean superseded) {
            }

            @Override
            public void rejected(Long offset, String errorType, String reason) {
                rejected.incrementAndGet(); // the live indexer dead-lettered it already
            }
        };
        BulkWriter.Options options = new BulkWriter.Options(settings.bulkMaxOperations(), settings.bulkMaxBytes(),
                settings.bulkFlushInterval(), settings.bulkConcurrentRequests(),
                new Backoff(settings.retryInitialBackoff(), settings.retryMaxBackoff()));
        long records;
        long unreadable;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
             BulkWriter<Long> writer = new BulkWriter<>(es, target, options, listener)) {
            String topic = settings.topics().articlesEnriched();
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);

            Copy copy = new Copy(writer);
            ProgressBar bar = new ProgressBar(progress, "Reindexing into " + target, total(start, end));
            copy.until(consumer, end, bar);
            writer.awaitIdle(Duration.ofDays(1));
            bar.finish(copy.records);
            indices.refresh(target);
            indices.swapAlias(old.orElse(null), target);

            // records that arrived during the copy reached only the old index: copy them too
            Map<TopicPartition, Long> latest = consumer.endOffsets(partitions);
            copy.until(consumer, latest, null);
            writer.awaitIdle(Duration.ofDays(1));
            indices.refresh(target);
            records = copy.records;
            unreadable = copy.unreadable;
        }
        boolean dropped = false;
        if (dropOld && old.isPresent()) {
            indices.deleteIndex(old.get());
            dropped = true;
        }
        return new Result(old.orElse(null), target, records, indices.count(target), rejected.get(), unreadable, dropped);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> props = settings.kafkaProperties();
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "veille-reindex");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static long total(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().mapToLong(e -> e.getValue() - start.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** Reads records up to given end offsets and hands them to the writer. */
    private static final class Copy {
        private final BulkWriter<Long> writer;
        private final EventSerde<EnrichedArticle> serde = Serdes.enrichedArticle();
        long records;
        long unreadable;

        Copy(BulkWriter<Long> writer) {
            this.writer = writer;
        }

        void until(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end, ProgressBar bar) {
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    records++;
                    if (record.value() == null) {
                        continue;
                    }
                    try {
                        EnrichedArticle article = serde.read(record.value());
                        writer.submit(ArticleDocument.of(article), record.offset());
                    } catch (EventDeserializationException e) {
                        unreadable++;
                    }
                }
                if (bar != null) {
                    bar.update(records);
                }
            }
        }
    }
}
