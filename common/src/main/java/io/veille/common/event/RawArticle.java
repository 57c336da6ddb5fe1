package io.veille.common.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as the ingester emits it on {@code veille.articles.raw}: one item of one feed,
 * normalized (canonical URL, plain-text title, sanitized HTML) but not yet understood.
 *
 * <p>Field by field documentation, with an example, is in {@code docs/events.md}.
 * Lists are never null (an absent list is empty); optional scalars are null when unknown.
 */
public record RawArticle(
        int schemaVersion,
        String id,
        String url,
        String guid,
        String feedId,
        String feedUrl,
        String source,
        String title,
        List<String> authors,
        Instant publishedAt,
        Instant updatedAt,
        Instant fetchedAt,
        boolean dateMissing,
        String contentHtml,
        String text,
        boolean excerptOnly,
        List<String> links,
        List<String> images,
        List<Enclosure> enclosures,
        List<String> categories,
        List<String> feedTags,
        String languageHint,
        String contentHash) implements Versioned {

    /** The schema version this code writes, and the newest it can read. */
    public static final int SCHEMA_VERSION = 1;

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        authors = copy(authors);
        links = copy(links);
        images = copy(images);
        enclosures = copy(enclosures);
        categories = copy(categories);
        feedTags = copy(feedTags);
    }

    /** The time the article was last changed by its publisher: its update time, or else its publication time. */
    public Instant lastModified() {
        return updatedAt != null ? updatedAt : publishedAt;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A media file attached to an item (podcast episode, PDF, image). */
    public record Enclosure(String url, String type, Long length) {
        public Enclosure {
            Objects.requireNonNull(url, "url");
        }
    }
}
