package io.veille.common.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One article that matched one watch, on {@code veille.alerts} (key = watch id). */
public record Alert(
        int schemaVersion,
        String watchId,
        String watchName,
        String articleId,
        String title,
        String url,
        List<String> matchedTopics,
        String reason,
        Instant publishedAt,
        Instant alertedAt) implements Versioned {

    public static final int SCHEMA_VERSION = 1;

    public Alert {
        Objects.requireNonNull(watchId, "watchId");
        Objects.requireNonNull(articleId, "articleId");
        matchedTopics = RawArticle.copy(matchedTopics);
    }
}
