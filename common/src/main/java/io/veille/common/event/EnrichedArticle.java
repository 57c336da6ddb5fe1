package io.veille.common.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A raw article plus what the enricher understood of it, as it travels on
 * {@code veille.articles.enriched} and is indexed into Elasticsearch.
 *
 * <p>The raw article is kept whole under {@code article}, so that nothing the feed said is lost
 * and the enrichment can be replayed. Documentation and an example are in {@code docs/events.md}.
 */
public record EnrichedArticle(
        int schemaVersion,
        RawArticle article,
        String language,
        double languageConfidence,
        List<TopicScore> topics,
        List<ArticleEvent> events,
        boolean sponsored,
        String storyId,
        int readingTimeMinutes,
        String summary,
        String taxonomyVersion,
        Instant enrichedAt) implements Versioned {

    public static final int SCHEMA_VERSION = 1;

    public EnrichedArticle {
        Objects.requireNonNull(article, "article");
        topics = RawArticle.copy(topics);
        events = RawArticle.copy(events);
    }

    /** The article id, the key of this event on every topic. */
    public String id() {
        return article.id();
    }

    /** The ids of the topics this article was tagged with, best score first. */
    public List<String> topicIds() {
        return topics.stream().map(TopicScore::id).toList();
    }
}
