package io.veille.enricher.stream;

import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.TopicTrend;
import io.veille.common.event.Watch;
import io.veille.common.kafka.EventSerde;
import io.veille.common.kafka.Serdes;
import io.veille.common.kafka.VeilleTopics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The enricher's Kafka Streams topology, top to bottom:
 *
 * <pre>
 * veille.articles.raw ─ dedup ─ understand ─► veille.articles.enriched
 *                                   ├─ match watches ─► veille.alerts
 *                                   └─ points per topic ─ count per hour / per day ─► veille.topic-trends
 * veille.watches  ─► global table (the watches every instance matches against)
 * veille.taxonomy ─► global store (a new taxonomy is used without a restart)
 * anything unreadable or failing ─► veille.articles.dlq (by the exception handlers, see {@link EnricherConfig})
 * </pre>
 *
 * The understanding itself (language, topics, events, sponsorship, story) is a plain function with
 * no Kafka in it; the topology only moves articles to it and its results onward.
 */
public final class EnrichmentTopology {
    /** Window stores of the trend counts, queryable with interactive queries. */
    public static final String TRENDS_HOURLY = "trends-hourly";
    public static final String TRENDS_DAILY = "trends-daily";

    private EnrichmentTopology() {
    }

    /**
     * @param topics       topic names
     * @param understand   raw article → enriched article (throws on an article it cannot handle: dead-lettered)
     * @param useTaxonomy  called with each taxonomy document published to {@code veille.taxonomy}
     * @param settings     retention and grace periods
     */
    public static Topology build(VeilleTopics topics, Function<RawArticle, EnrichedArticle> understand,
                                 Consumer<String> useTaxonomy, Settings settings) {
        Serde<String> keys = org.apache.kafka.common.serialization.Serdes.String();
        EventSerde<RawArticle> raw = Serdes.rawArticle();
        EventSerde<EnrichedArticle> enriched = Serdes.enrichedArticle();
        EventSerde<Watch> watch = Serdes.watch();
        StreamsBuilder builder = new StreamsBuilder();

        // Editors' watches, on every instance: a tombstone removes a watch, and with it its alerts.
        builder.globalTable(topics.watches(), Consumed.with(keys, watch).withName("watches-source"),
                Materialized.as(AlertProcessor.WATCHES_STORE));

        // Taxonomy versions, on every instance: each new one is handed to the tagger.
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(TaxonomyUpdates.STORE), keys, keys).withLoggingDisabled(),
                topics.taxonomy(), Consumed.with(keys, keys).withName("taxonomy-source"),
                () -> new TaxonomyUpdates(useTaxonomy));

        // what was seen lately, forgotten after the dedup retention (window stores: expiry without scans)
        builder.addStateStore(RecentlySeen.store(DedupProcessor.STORE, settings.dedupRetention(), keys));
        builder.addStateStore(RecentlySeen.store(AlertProcessor.SENT_STORE, settings.dedupRetention(),
                org.apache.kafka.common.serialization.Serdes.Long()));

        KStream<String, SerializedArticle> written = builder
                .stream(topics.articlesRaw(), Consumed.with(keys, raw).withName("raw-articles"))
                // drop exact repeats; let changed articles through as updates
                .processValues(() -> new DedupProcessor(settings.dedupRetention()), Named.as("dedup"), DedupProcessor.STORE)
                // language, topics, events, sponsorship, story: the plain-Java understanding
                .mapValues(understand::apply, Named.as("understand"))
                // serialized once; a result too large to write is dead-lettered here, before the exactly-once producer sees it
                .mapValues((id, article) -> SerializedArticle.fitting(id, article, enriched.serializer(), settings.maxRecordBytes()),
                        Named.as("check-size"));

        // the enriched article, for the indexer
        written.to(topics.articlesEnriched(), Produced.with(keys, SerializedArticle.sinkSerde()).withName("enriched-articles"));
        KStream<String, EnrichedArticle> articles = written.mapValues(SerializedArticle::article, Named.as("written-article"));

        // one alert per matching watch, keyed by watch id
        articles.process(() -> new AlertProcessor(settings.dedupRetention()), Named.as("match-watches"), AlertProcessor.SENT_STORE)
                .to(topics.alerts(), Produced.with(keys, Serdes.alert()).withName("alerts"));

        // articles per topic, per hour and per day, counted at their publication time
        KGroupedStream<String, String> pointsByTopic = articles
                .process(TrendPoints::new, Named.as("trend-points"))
                .groupByKey(Grouped.with("trend-points-by-topic", keys, keys));
        countPerWindow(pointsByTopic, "hour", Duration.ofHours(1), settings.trendGrace(), TRENDS_HOURLY)
                .merge(countPerWindow(pointsByTopic, "day", Duration.ofDays(1), settings.trendGrace(), TRENDS_DAILY))
                .to(topics.topicTrends(), Produced.with(keys, Serdes.topicTrend()).withName("topic-trends"));

        return builder.build();
    }

    private static KStream<String, TopicTrend> countPerWindow(KGroupedStream<String, String> points, String interval,
                                                              Duration size, Duration grace, String store) {
        return points
                .windowedBy(TimeWindows.ofSizeAndGrace(size, grace))
                .count(Named.as("count-" + interval), Materialized.as(store))
                .toStream(Named.as("trend-" + interval + "-changes"))
                .map((window, count) -> KeyValue.pair(
                        window.key() + "@" + interval + "@" + window.window().startTime(),
                        new TopicTrend(TopicTrend.SCHEMA_VERSION, window.key(), interval,
                                window.window().startTime(), window.window().endTime(), count)),
                        Named.as("trend-" + interval));
    }

    /**
     * @param dedupRetention how long an article's content hash is remembered to drop exact repeats
     * @param trendGrace     how late an article may arrive and still count in its window
     * @param maxRecordBytes the largest enriched record the producer may send: {@code max.request.size}
     *                       less {@link DeadLetters#HEADROOM} for the key and headers
     */
    public record Settings(Duration dedupRetention, Duration trendGrace, int maxRecordBytes) {
        public static Settings defaults() {
            return new Settings(Duration.ofDays(30), Duration.ofHours(24), 1024 * 1024 - DeadLetters.HEADROOM);
        }
    }
}
