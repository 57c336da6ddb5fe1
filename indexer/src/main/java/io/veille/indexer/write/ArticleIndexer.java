package io.veille.indexer.write;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.kafka.EventDeserializationException;
import io.veille.common.kafka.EventSerde;
import io.veille.common.kafka.Serdes;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.index.ArticleDocument;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The indexing service ({@code veille index}): a consumer group on {@code veille.articles.enriched}
 * ({@code read_committed}) feeding a {@link BulkWriter}.
 *
 * <p>Promises:
 * <ul>
 *   <li>an offset is committed only when its record and every earlier record of its partition are in
 *       Elasticsearch or in the dead-letter topic (at-least-once; the versioned writes make a replay harmless);</li>
 *   <li>a record that cannot be read, or that Elasticsearch refuses, goes to {@code veille.articles.dlq}
 *       with its reason, and the partition moves on;</li>
 *   <li>while Elasticsearch is down, or too many records are in flight, the partitions are paused (the
 *       consumer keeps polling, so it keeps its partitions) and the writer retries with backoff; when a
 *       bulk succeeds again the partitions resume and the indexer catches up. It does not crash or spin.</li>
 * </ul>
 */
public final class ArticleIndexer implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndexer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration COMMIT_EVERY = Duration.ofMillis(500);

    private final IndexerSettings settings;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final DeadLetters deadLetters;
    private final BulkWriter<ConsumerRecord<byte[], byte[]>> writer;
    private final OffsetLedger ledger = new OffsetLedger();
    private final EventSerde<EnrichedArticle> serde = Serdes.enrichedArticle();
    private final ScheduledExecutorService dlqRetries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "veille-dlq-retry");
        thread.setDaemon(true);
        return thread;
    });
    private final Backoff backoff;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final Counter writtenCounter;
    private final Counter supersededCounter;
    private final Counter deadLetterCounter;
    private volatile boolean running = true;
    private boolean paused;
    private boolean commitInFlight;
    private long lastCommitNanos;

    /**
     * @param target the index or alias to write to (the alias, except during a reindex)
     */
    public ArticleIndexer(IndexerSettings settings, ElasticsearchClient es, String target) {
        this(settings, es, target, Metrics.globalRegistry);
    }

    public ArticleIndexer(IndexerSettings settings, ElasticsearchClient es, String target, MeterRegistry meters) {
        this.settings = settings;
        this.backoff = new Backoff(settings.retryInitialBackoff(), settings.retryMaxBackoff());
        this.consumer = new KafkaConsumer<>(consumerProperties(settings), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.producer = new KafkaProducer<>(producerProperties(settings), new ByteArraySerializer(), new ByteArraySerializer());
        this.deadLetters = new DeadLetters(producer, settings.topics().articlesDlq());
        this.writer = new BulkWriter<>(es, target, new BulkWriter.Options(settings.bulkMaxOperations(),
                settings.bulkMaxBytes(), settings.bulkFlushInterval(), settings.bulkConcurrentRequests(), backoff),
                new Fates());
        this.writtenCounter = meters.counter("veille.indexer.documents", "outcome", "written");
        this.supersededCounter = meters.counter("veille.indexer.documents", "outcome", "superseded");
        this.deadLetterCounter = meters.counter("veille.indexer.documents", "outcome", "dead-lettered");
        meters.gauge("veille.indexer.pending", java.util.List.of(io.micrometer.core.instrument.Tag.of("target", target)), writer, BulkWriter::pending);
    }

    /** The consumer properties: manual commits, read_committed, bytes in and out (we deserialize ourselves). */
    static Map<String, Object> consumerProperties(IndexerSettings settings) {
        Map<String, Object> props = settings.kafkaProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "veille-indexer");
        return props;
    }

    static Map<String, Object> producerProperties(IndexerSettings settings) {
        Map<String, Object> props = settings.kafkaProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "veille-indexer-dlq");
        return props;
    }

    /** Runs the loop until {@link #stop()}; never throws for a failure of Kafka or Elasticsearch. */
    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(settings.topics().articlesEnriched()), new Rebalance());
            while (running) {
                try {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                        handle(record);
                    }
                    applyBackpressure();
                    commitReady(false);
                } catch (WakeupException e) {
                    // stop() woke us up: the loop condition decides
                } catch (RuntimeException e) {
                    if (!running) {
                        break;
                    }
                    LOG.warn("Indexer loop: {}; going on", e.toString());
                    sleepQuietly(backoff.delay(0));
                }
            }
        } finally {
            shutdown();
            stopped.countDown();
        }
    }

    /** Asks the loop to stop; {@link #close()} waits for it. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void close() {
        stop();
        try {
            stopped.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records read from Kafka so far. */
    public long readCount() {
        return read.get();
    }

    /** Documents Elasticsearch holds (or newer versions of them) from this run. */
    public long writtenCount() {
        return writer.writtenCount();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    /** Records read whose fate is not settled yet. */
    public int inFlight() {
        return ledger.inFlight();
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        read.incrementAndGet();
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        ledger.started(partition, record.offset());
        if (record.value() == null) {
            ledger.finished(partition, record.offset()); // a tombstone: nothing to index
            return;
        }
        EnrichedArticle article;
        try {
            article = serde.read(record.value());
        } catch (EventDeserializationException e) {
            String reason = e.reason() == EventDeserializationException.Reason.UNSUPPORTED_VERSION
                    ? "unsupported-version" : "not-readable";
            deadLetter(record, reason, e.reason().name(), e.getMessage(), 0);
            return;
        }
        ArticleDocument document;
        try {
            document = ArticleDocument.of(article);
        } catch (RuntimeException e) {
            deadLetter(record, "not-indexable", e.getClass().getSimpleName(), e.getMessage(), 0);
            return;
        }
        writer.submit(document, record);
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason, String error, String message, int attempt) {
        if (attempt == 0) {
            LOG.warn("Dead-lettering {}-{}@{}: {} ({})", record.topic(), record.partition(), record.offset(), reason, message);
        }
        deadLetters.send(record, reason, error, message).whenComplete((ok, failure) -> {
            if (failure == null) {
                deadLettered.incrementAndGet();
                deadLetterCounter.increment();
                ledger.finished(new TopicPartition(record.topic(), record.partition()), record.offset());
            } else if (running) {
                LOG.warn("Cannot write to the dead-letter topic ({}); retrying", failure.toString());
                try {
                    dlqRetries.schedule(() -> deadLetter(record, reason, error, message, attempt + 1),
                            backoff.delay(attempt).toMillis(), TimeUnit.MILLISECONDS);
                } catch (RuntimeException closing) {
                    // shutting down: the record stays uncommitted and is read again next time
                }
            }
        });
    }

    private void applyBackpressure() {
        boolean hold = !writer.available() || writer.pending() >= settings.maxPendingRecords();
        if (hold) {
            if (!paused) {
                LOG.info("Pausing partitions: {}", writer.available()
                        ? writer.pending() + " documents in flight" : "Elasticsearch unavailable");
            }
            consumer.pause(consumer.assignment());
            paused = true;
        } else if (paused && writer.pending() <= settings.maxPendingRecords() / 2) {
            LOG.info("Resuming partitions");
            consumer.resume(consumer.paused());
            paused = false;
        }
    }

    private void commitReady(boolean force) {
        if (commitInFlight && !force) {
            return;
        }
        if (!force && System.nanoTime() - lastCommitNanos < COMMIT_EVERY.toNanos()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = ledger.toCommit(consumer.assignment());
        if (offsets.isEmpty()) {
            return;
        }
        lastCommitNanos = System.nanoTime();
        commitInFlight = true;
        consumer.commitAsync(offsets, (committed, failure) -> {
            commitInFlight = false;
            if (failure == null) {
                ledger.markCommitted(committed);
            } else {
                LOG.warn("Offset commit failed ({}); will retry", failure.toString());
            }
        });
    }

    private void shutdown() {
        try {
            writer.awaitIdle(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.close();
        dlqRetries.shutdownNow();
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = ledger.toCommit(consumer.assignment());
            if (!offsets.isEmpty()) {
                consumer.commitSync(offsets, Duration.ofSeconds(10));
            }
        } catch (RuntimeException e) {
            LOG.warn("Final offset commit failed ({}); records will be read again", e.toString());
        }
        consumer.close(Duration.ofSeconds(10));
        producer.close(Duration.ofSeconds(10));
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Fates implements BulkWriter.Listener<ConsumerRecord<byte[], byte[]>> {
        @Override
        public void written(ConsumerRecord<byte[], byte[]> record, boolean superseded) {
            (superseded ? supersededCounter : writtenCounter).increment();
            ledger.finished(new TopicPartition(record.topic(), record.partition()), record.offset());
        }

        @Override
        public void rejected(ConsumerRecord<byte[], byte[]> record, String errorType, String reason) {
            deadLetter(record, "mapping-rejected", errorType, reason, 0);
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            try {
                Map<TopicPartition, OffsetAndMetadata> offsets = ledger.toCommit(partitions);
                if (!offsets.isEmpty()) {
                    consumer.commitSync(offsets, Duration.ofSeconds(10));
                }
            } catch (RuntimeException e) {
                LOG.warn("Commit on revocation failed ({}); the new owner re-reads those records", e.toString());
            }
            ledger.forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.info("Indexing partitions {}", partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            ledger.forget(partitions);
        }
    }
}
