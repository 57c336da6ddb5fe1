package io.veille.common.event;

import java.util.List;
import java.util.Objects;

/**
 * One topic an article was tagged with: the topic id from the taxonomy, a score at or above the
 * topic's threshold, and the taxonomy terms that matched, so that an editor can see why.
 */
public record TopicScore(String id, double score, List<String> matched) {
    public TopicScore {
        Objects.requireNonNull(id, "id");
        matched = RawArticle.copy(matched);
    }
}
