package io.veille.enricher.stream;

import io.veille.common.config.VeilleConfig;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.TopicTrend;
import io.veille.common.kafka.VeilleTopics;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The running enricher: the {@link EnrichmentTopology} in a {@link KafkaStreams} instance, with
 * exactly-once processing, a stream thread replaced when it dies, and the trend counts of this
 * instance's partitions queryable in place (interactive queries).
 */
public final class EnricherApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnricherApp.class);

    private final KafkaStreams streams;

    public EnricherApp(VeilleConfig config, Function<RawArticle, EnrichedArticle> understand, Consumer<String> useTaxonomy) {
        VeilleTopics topics = new VeilleTopics(config.string("topics.prefix"));
        Properties properties = EnricherConfig.streamsProperties(config, topics);
        EnrichmentTopology.Settings settings = new EnrichmentTopology.Settings(
                config.optional("enricher.dedup-retention").map(v -> config.duration("enricher.dedup-retention")).orElse(Duration.ofDays(30)),
                config.optional("enricher.trend-grace").map(v -> config.duration("enricher.trend-grace")).orElse(Duration.ofHours(24)),
                DeadLetters.maxRequestSize(properties) - DeadLetters.HEADROOM);
        streams = new KafkaStreams(EnrichmentTopology.build(topics, understand, useTaxonomy, settings), properties);
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("A stream thread died; replacing it: {}", error.toString());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public EnricherApp start() {
        streams.start();
        return this;
    }

    /** Waits until every task is assigned and restored; false if that took longer than {@code timeout}. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                return false;
            }
            Thread.sleep(100);
        }
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /**
     * The counts of one topic per window of {@code interval} ({@code hour} or {@code day}) between two
     * instants, from this instance's stores. With several instances, each holds the topics of its own
     * partitions: ask each, or read {@code veille.topic-trends}, which has them all.
     */
    public List<TopicTrend> trends(String topic, String interval, Instant from, Instant to) {
        String store = switch (interval) {
            case "hour" -> EnrichmentTopology.TRENDS_HOURLY;
            case "day" -> EnrichmentTopology.TRENDS_DAILY;
            default -> throw new IllegalArgumentException("interval must be hour or day, not '" + interval + "'");
        };
        Duration size = interval.equals("hour") ? Duration.ofHours(1) : Duration.ofDays(1);
        ReadOnlyWindowStore<String, Long> windows = streams.store(
                StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.windowStore()));
        List<TopicTrend> trends = new ArrayList<>();
        try (WindowStoreIterator<Long> counts = windows.fetch(topic, from, to)) {
            counts.forEachRemaining(count -> {
                Instant start = Instant.ofEpochMilli(count.key);
                trends.add(new TopicTrend(TopicTrend.SCHEMA_VERSION, topic, interval, start, start.plus(size), count.value));
            });
        }
        return trends;
    }

    /** Stops cleanly: commits what was processed and leaves the group. */
    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
