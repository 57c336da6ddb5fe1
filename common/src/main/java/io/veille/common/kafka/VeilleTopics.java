package io.veille.common.kafka;

import java.util.List;
import java.util.Objects;

/**
 * Every Kafka topic of Veille, in one place. Each name is the configurable prefix (default
 * {@code veille.}) followed by the topic's suffix, as listed in DESIGN.md.
 */
public final class VeilleTopics {
    public static final String DEFAULT_PREFIX = "veille.";

    private final String prefix;

    public VeilleTopics(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    public static VeilleTopics withDefaultPrefix() {
        return new VeilleTopics(DEFAULT_PREFIX);
    }

    public String prefix() {
        return prefix;
    }

    /** Feed registry, compacted, key = feed id. */
    public String feeds() { return prefix + "feeds"; }

    /** Per-feed fetch state (validators, seen items, errors, next poll), compacted, key = feed id. */
    public String feedState() { return prefix + "feed-state"; }

    /** Raw articles from the ingester, key = article id. */
    public String articlesRaw() { return prefix + "articles.raw"; }

    /** Enriched articles from the enricher, key = article id. */
    public String articlesEnriched() { return prefix + "articles.enriched"; }

    /** Records that could not be processed, with the reason in their headers. */
    public String articlesDlq() { return prefix + "articles.dlq"; }

    /** Alerts, key = watch id. */
    public String alerts() { return prefix + "alerts"; }

    /** Windowed article counts per topic. */
    public String topicTrends() { return prefix + "topic-trends"; }

    /** Editors' saved watches, compacted, key = watch id. */
    public String watches() { return prefix + "watches"; }

    /** Taxonomy versions, compacted. */
    public String taxonomy() { return prefix + "taxonomy"; }

    /**
     * The topics to create, with their partitions and cleanup policy.
     *
     * @param partitions partitions of the topics that carry articles and feeds (the unit of scale-out)
     */
    public List<TopicSpec> specs(int partitions) {
        return List.of(
                TopicSpec.compacted(feeds(), partitions),
                TopicSpec.compacted(feedState(), partitions),
                TopicSpec.deleted(articlesRaw(), partitions),
                TopicSpec.deleted(articlesEnriched(), partitions),
                TopicSpec.deleted(articlesDlq(), 1),
                TopicSpec.deleted(alerts(), partitions),
                TopicSpec.deleted(topicTrends(), partitions),
                TopicSpec.compacted(watches(), 1),
                TopicSpec.compacted(taxonomy(), 1));
    }

    /** A topic to create: name, partitions, and whether it is compacted (latest value per key) or time-retained. */
    public record TopicSpec(String name, int partitions, boolean compacted) {
        static TopicSpec compacted(String name, int partitions) {
            return new TopicSpec(name, partitions, true);
        }

        static TopicSpec deleted(String name, int partitions) {
            return new TopicSpec(name, partitions, false);
        }
    }
}
