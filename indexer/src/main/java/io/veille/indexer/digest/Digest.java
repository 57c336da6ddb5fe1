package io.veille.indexer.digest;

import io.veille.indexer.query.Results.ArticleHit;
import io.veille.indexer.query.Results.UpcomingEvent;

import java.time.Instant;
import java.util.List;

/**
 * A digest: for each topic with new articles since {@code since}, its top stories (articles grouped by
 * story id, the newest as headline), and the upcoming events and deadlines.
 */
public record Digest(Instant since, Instant generatedAt, List<TopicSection> topics, List<UpcomingEvent> events) {

    public boolean isEmpty() {
        return topics.isEmpty();
    }

    /** One topic: how many new articles it had, and its top stories. */
    public record TopicSection(String topic, long articles, List<Story> stories) {
    }

    /** Articles about the same story: the headline is the newest, {@code related} the others (newest first). */
    public record Story(String storyId, ArticleHit headline, List<ArticleHit> related) {
        public int size() {
            return 1 + related.size();
        }
    }
}
