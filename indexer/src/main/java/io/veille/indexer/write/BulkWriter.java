package io.veille.indexer.write;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.veille.indexer.index.ArticleDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes article documents to Elasticsearch through the client's {@link BulkIngester} (flushing by count,
 * bytes and time), and tells its {@link Listener} the fate of each one. Every document is written with
 * its id and an external version ({@code external_gte}), so writing it twice, or writing an older
 * version after a newer one, leaves the newer one.
 *
 * <p>Promises: every submitted document ends in exactly one call of {@link Listener#written} or
 * {@link Listener#rejected}, unless the writer is closed first. Items refused with 429, 5xx or a block,
 * and whole bulks that fail (Elasticsearch down), are retried with exponential backoff, forever: the
 * writer never drops a document it could still write. It never throws to its caller for a failure of
 * Elasticsearch.
 *
 * @param <T> what the caller attaches to each document to recognise it (a Kafka record)
 */
public final class BulkWriter<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

    /** Hears the fate of each document. Called from the writer's threads: keep it short and thread-safe. */
    public interface Listener<T> {
        /** Elasticsearch has this document, or a newer version of it ({@code superseded}). */
        void written(T ticket, boolean superseded);

        /** Elasticsearch refuses this document for good (mapping or parsing error). */
        void rejected(T ticket, String errorType, String reason);

        /** A whole bulk failed: Elasticsearch is unreachable or failing. */
        default void unavailable(Throwable cause) {
        }

        /** A bulk succeeded after Elasticsearch was unavailable. */
        default void available() {
        }
    }

    /** Tuning of the ingester and of the retries. */
    public record Options(int maxOperations, long maxBytes, Duration flushInterval, int concurrentRequests,
                          Backoff backoff) {
    }

    private record Attempt<T>(ArticleDocument document, T ticket, int attempt) {
    }

    private final String index;
    private final Listener<T> listener;
    private final Backoff backoff;
    private final BulkIngester<Attempt<T>> ingester;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "veille-bulk-retry");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private volatile boolean closed;

    /**
     * @param index the index or alias to write to
     */
    public BulkWriter(ElasticsearchClient es, String index, Options options, Listener<T> listener) {
        this.index = index;
        this.listener = listener;
        this.backoff = options.backoff();
        this.ingester = BulkIngester.of(b -> b.client(es)
                .maxOperations(options.maxOperations())
                .maxSize(options.maxBytes())
                .maxConcurrentRequests(options.concurrentRequests())
                .flushInterval(options.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .listener(new Outcomes()));
    }

    /** Queues a document; may block briefly while the ingester's concurrent requests are all busy. */
    public void submit(ArticleDocument document, T ticket) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        pending.incrementAndGet();
        add(new Attempt<>(document, ticket, 0));
    }

    /** Documents submitted whose fate is not known yet (queued, in flight or waiting for a retry). */
    public int pending() {
        return pending.get();
    }

    /** False from a failed bulk until the next successful one. */
    public boolean available() {
        return available.get();
    }

    /** Documents Elasticsearch holds (or superseded), since this writer started. */
    public long writtenCount() {
        return written.get();
    }

    /** Retries scheduled so far (items and whole bulks). */
    public long retryCount() {
        return retried.get();
    }

    /** Sends what is queued now. */
    public void flush() {
        ingester.flush();
    }

    /**
     * Waits until every submitted document is written or rejected, or until {@code timeout}.
     *
     * @return true when nothing is pending any more
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            ingester.flush();
            Thread.sleep(20);
        }
        return true;
    }

    /** Stops retrying and flushes what is queued; documents still pending are left for a replay. */
    @Override
    public void close() {
        closed = true;
        retries.shutdownNow();
        try {
            ingester.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the bulk ingester: {}", e.toString());
        }
    }

    private void add(Attempt<T> attempt) {
        ArticleDocument doc = attempt.document();
        BulkOperation operation = BulkOperation.of(op -> op.index(i -> i
                .index(index)
                .id(doc.id())
                .version(doc.version())
                .versionType(VersionType.ExternalGte)
                .document(doc.source())));
        ingester.add(operation, attempt);
    }

    private void retryLater(List<Attempt<T>> attempts, int attempt) {
        if (closed || attempts.isEmpty()) {
            return;
        }
        retried.addAndGet(attempts.size());
        Duration delay = backoff.delay(attempt);
        try {
            retries.schedule(() -> {
                for (Attempt<T> a : attempts) {
                    if (closed) {
                        return;
                    }
                    add(new Attempt<>(a.document(), a.ticket(), a.attempt() + 1));
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // the scheduler was shut down: the writer is closing, the documents stay unacknowledged
        }
    }

    private final class Outcomes implements BulkListener<Attempt<T>> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Attempt<T>> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Attempt<T>> contexts, BulkResponse response) {
            if (available.compareAndSet(false, true)) {
                LOG.info("Elasticsearch accepts bulks again");
                listener.available();
            }
            List<Attempt<T>> again = new ArrayList<>();
            int highestAttempt = 0;
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < contexts.size(); i++) {
                Attempt<T> attempt = contexts.get(i);
                BulkResponseItem item = i < items.size() ? items.get(i) : null;
                String errorType = item == null ? "missing_item" : item.error() == null ? null : item.error().type();
                int status = item == null ? 500 : item.status();
                switch (ItemOutcome.classify(status, errorType)) {
                    case WRITTEN -> done(attempt, true, () -> listener.written(attempt.ticket(), false));
                    case SUPERSEDED -> done(attempt, true, () -> listener.written(attempt.ticket(), true));
                    case REJECTED -> done(attempt, false, () -> listener.rejected(attempt.ticket(), errorType,
                            item.error().reason()));
                    case RETRY -> {
                        again.add(attempt);
                        highestAttempt = Math.max(highestAttempt, attempt.attempt());
                    }
                }
            }
            if (!again.isEmpty()) {
                LOG.warn("{} of {} documents refused for now (e.g. status {}), retrying", again.size(),
                        contexts.size(), statusOf(items, contexts, again.get(0)));
                retryLater(again, highestAttempt);
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Attempt<T>> contexts, Throwable failure) {
            int attempt = contexts.stream().mapToInt(Attempt::attempt).max().orElse(0);
            if (available.compareAndSet(true, false)) {
                LOG.warn("Elasticsearch bulk failed ({}); retrying with backoff", failure.toString());
                listener.unavailable(failure);
            } else {
                LOG.debug("Bulk failed again (attempt {}): {}", attempt, failure.toString());
            }
            retryLater(new ArrayList<>(contexts), attempt);
        }

        private void done(Attempt<T> attempt, boolean stored, Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.error("Write listener failed for document {}", attempt.document().id(), e);
            } finally {
                if (stored) {
                    written.incrementAndGet();
                }
                pending.decrementAndGet();
            }
        }

        private int statusOf(List<BulkResponseItem> items, List<Attempt<T>> contexts, Attempt<T> attempt) {
            int i = contexts.indexOf(attempt);
            return i >= 0 && i < items.size() ? items.get(i).status() : -1;
        }
    }
}
