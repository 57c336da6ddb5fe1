package io.veille.common.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An editor's saved watch, kept in the compacted topic {@code veille.watches} (key = watch id; a
 * tombstone deletes it). An enriched article matches when every non-empty criterion holds.
 *
 * @param topicsAny at least one of these topics
 * @param topicsAll all of these topics
 * @param keywords  at least one of these words or phrases in the title or text (case- and accent-insensitive)
 * @param languages the article's language is one of these
 * @param sources   the article's feed id or source name is one of these
 * @param minScore  the best score among the matched topics is at least this
 */
public record Watch(
        int schemaVersion,
        String id,
        String name,
        List<String> topicsAny,
        List<String> topicsAll,
        List<String> keywords,
        List<String> languages,
        List<String> sources,
        double minScore,
        Instant createdAt) implements Versioned {

    public static final int SCHEMA_VERSION = 1;

    public Watch {
        Objects.requireNonNull(id, "id");
        topicsAny = RawArticle.copy(topicsAny);
        topicsAll = RawArticle.copy(topicsAll);
        keywords = RawArticle.copy(keywords);
        languages = RawArticle.copy(languages);
        sources = RawArticle.copy(sources);
    }
}
