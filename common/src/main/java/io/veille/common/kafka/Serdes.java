package io.veille.common.kafka;

import io.veille.common.event.Alert;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.TopicTrend;
import io.veille.common.event.Watch;

/** One serde per event type; the Kafka classes of every module use these. */
public final class Serdes {
    private Serdes() {
    }

    public static EventSerde<RawArticle> rawArticle() {
        return new EventSerde<>(RawArticle.class, RawArticle.SCHEMA_VERSION);
    }

    public static EventSerde<EnrichedArticle> enrichedArticle() {
        return new EventSerde<>(EnrichedArticle.class, EnrichedArticle.SCHEMA_VERSION);
    }

    public static EventSerde<Watch> watch() {
        return new EventSerde<>(Watch.class, Watch.SCHEMA_VERSION);
    }

    public static EventSerde<Alert> alert() {
        return new EventSerde<>(Alert.class, Alert.SCHEMA_VERSION);
    }

    public static EventSerde<TopicTrend> topicTrend() {
        return new EventSerde<>(TopicTrend.class, TopicTrend.SCHEMA_VERSION);
    }
}
