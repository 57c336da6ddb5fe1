package io.veille.enricher.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * The topics Veille tags articles with, as read from a taxonomy file. Its version is recorded on every
 * enriched article, so that an article tagged under an older taxonomy can be found and re-tagged.
 */
public record Taxonomy(String version, List<TopicRule> topics) {
    public Taxonomy {
        Objects.requireNonNull(version, "version");
        topics = List.copyOf(topics);
        long distinct = topics.stream().map(TopicRule::id).distinct().count();
        if (distinct != topics.size()) {
            throw new IllegalArgumentException("taxonomy " + version + " has a topic id twice");
        }
    }

    /** The topic ids, in file order. */
    public List<String> topicIds() {
        return topics.stream().map(TopicRule::id).toList();
    }
}
