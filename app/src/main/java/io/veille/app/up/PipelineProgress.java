package io.veille.app.up;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.veille.common.kafka.VeilleTopics;
import io.veille.ingester.schedule.IngestDaemon;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads how far the pipeline has got from the pipeline itself: the ingester daemon's polls, the
 * records in the topics, the offsets the enricher and the indexer have committed, and the documents
 * in the index. It tells when the first pass is complete: every feed polled, every raw article
 * processed by the enricher, and every enriched article indexed (or dead-lettered) and committed.
 */
final class PipelineProgress implements AutoCloseable {
    private final Admin admin;
    private final VeilleTopics topics;
    private final String enricherGroup;
    private final String indexerGroup;
    private final IngestDaemon daemon;
    private final Set<String> feedIds;
    private final Supplier<Integer> failedFeeds;
    private final ElasticsearchClient es;
    private final String alias;
    private final TopicCounter counter;
    private long indexed;

    /**
     * @param feedIds     the enabled feeds a pass must poll
     * @param failedFeeds how many of them failed their last poll (may be slow: called once the pass is done)
     */
    PipelineProgress(Map<String, Object> kafkaProps, VeilleTopics topics, String enricherGroup, String indexerGroup,
                     IngestDaemon daemon, Set<String> feedIds, Supplier<Integer> failedFeeds,
                     ElasticsearchClient es, String alias) {
        Map<String, Object> props = new HashMap<>(kafkaProps);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "veille-up-progress-admin");
        this.admin = Admin.create(props);
        this.topics = topics;
        this.enricherGroup = enricherGroup;
        this.indexerGroup = indexerGroup;
        this.daemon = daemon;
        this.feedIds = Set.copyOf(feedIds);
        this.failedFeeds = failedFeeds;
        this.es = es;
        this.alias = alias;
        this.counter = new TopicCounter(kafkaProps, List.of(topics.articlesEnriched(), topics.articlesDlq())).start();
    }

    /** The counts now; {@code feedsFailed} is 0 until {@link #failedFeeds()} is asked. */
    Progress sample(int feedsFailed) {
        long raw = 0;
        try {
            Map<TopicPartition, Long> end = offsets(topics.articlesRaw(), OffsetSpec.latest(), IsolationLevel.READ_UNCOMMITTED);
            Map<TopicPartition, Long> start = offsets(topics.articlesRaw(), OffsetSpec.earliest(), IsolationLevel.READ_UNCOMMITTED);
            for (var e : end.entrySet()) {
                raw += e.getValue() - start.getOrDefault(e.getKey(), 0L);
            }
        } catch (RuntimeException e) {
            // the broker is busy or stopping: show the rest
        }
        try {
            indexed = es.count(c -> c.index(alias)).count();
        } catch (Exception e) {
            // Elasticsearch is busy or stopping: keep the last count
        }
        return new Progress(feedIds.size(), fetched(), feedsFailed, raw,
                counter.count(topics.articlesEnriched()), indexed, counter.count(topics.articlesDlq()));
    }

    /** Feeds of the pass polled by this run. */
    int fetched() {
        return (int) daemon.polledFeedIds().stream().filter(feedIds::contains).count();
    }

    int failedFeeds() {
        return failedFeeds.get();
    }

    /**
     * True when every feed has been polled, the enricher has committed every raw article, this
     * counter has read every committed enriched article, and the indexer has committed past the last
     * of them. False while any of that is not so, or when Kafka does not answer.
     */
    boolean firstPassDone() {
        if (fetched() < feedIds.size()) {
            return false;
        }
        try {
            Map<TopicPartition, Long> rawEnd = offsets(topics.articlesRaw(), OffsetSpec.latest(), IsolationLevel.READ_UNCOMMITTED);
            if (!reached(committed(enricherGroup), rawEnd)) {
                return false;
            }
            Map<TopicPartition, Long> enrichedEnd = offsets(topics.articlesEnriched(), OffsetSpec.latest(), IsolationLevel.READ_COMMITTED);
            if (!reached(counter.positions(topics.articlesEnriched()), enrichedEnd)) {
                return false;
            }
            Map<TopicPartition, Long> lastIndexable = new HashMap<>();
            counter.lastRecords(topics.articlesEnriched()).forEach((tp, offset) -> lastIndexable.put(tp, offset + 1));
            return reached(committed(indexerGroup), lastIndexable);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Makes every indexed document visible to searches now. */
    void refreshIndex() {
        try {
            es.indices().refresh(r -> r.index(alias));
        } catch (Exception e) {
            // the index refreshes itself within a second anyway
        }
    }

    /** Whether {@code positions} are at or past {@code targets} in every partition (a missing position is 0). */
    static boolean reached(Map<TopicPartition, Long> positions, Map<TopicPartition, Long> targets) {
        for (var target : targets.entrySet()) {
            if (target.getValue() > 0 && positions.getOrDefault(target.getKey(), 0L) < target.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Map<TopicPartition, Long> committed(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, Long> result = new HashMap<>();
            offsets.forEach((tp, o) -> {
                if (o != null) {
                    result.put(tp, o.offset());
                }
            });
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of group " + group, e);
        }
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec, IsolationLevel isolation) {
        try {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                request.put(new TopicPartition(topic, p), spec);
            }
            Map<TopicPartition, Long> result = new HashMap<>();
            admin.listOffsets(request, new ListOffsetsOptions(isolation)).all().get(10, TimeUnit.SECONDS)
                    .forEach((tp, info) -> result.put(tp, info.offset()));
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of " + topic, e);
        }
    }

    @Override
    public void close() {
        counter.close();
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
