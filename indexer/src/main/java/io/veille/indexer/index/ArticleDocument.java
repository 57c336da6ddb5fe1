package io.veille.indexer.index;

import io.veille.common.event.ArticleEvent;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.TopicScore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch document of one enriched article: exactly the fields of {@code articles-index.json},
 * flat where a dashboard wants to filter or facet, with the article's version (see {@link #versionOf}).
 *
 * @param id       the article id, used as the document id
 * @param version  the external version: the article's last-modified time in epoch milliseconds
 * @param source   the document body
 */
public record ArticleDocument(String id, long version, Map<String, Object> source) {

    /** Maps an enriched article to its document. */
    public static ArticleDocument of(EnrichedArticle enriched) {
        RawArticle a = enriched.article();
        long version = versionOf(enriched);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", a.id());
        put(doc, "url", a.url());
        put(doc, "guid", a.guid());
        put(doc, "feedId", a.feedId());
        put(doc, "feedUrl", a.feedUrl());
        put(doc, "source", a.source());
        doc.put("title", a.title());
        String suggestion = suggestInput(a.title());
        if (!suggestion.isEmpty()) {
            doc.put("titleSuggest", Map.of("input", List.of(suggestion)));
        }
        put(doc, "text", a.text());
        put(doc, "summary", enriched.summary());
        put(doc, "contentHtml", a.contentHtml());
        doc.put("authors", a.authors());
        doc.put("categories", a.categories());
        doc.put("feedTags", a.feedTags());
        doc.put("images", a.images());
        doc.put("links", a.links());
        put(doc, "publishedAt", a.publishedAt());
        put(doc, "updatedAt", a.updatedAt());
        put(doc, "fetchedAt", a.fetchedAt());
        put(doc, "enrichedAt", enriched.enrichedAt());
        doc.put("dateMissing", a.dateMissing());
        doc.put("excerptOnly", a.excerptOnly());
        put(doc, "language", enriched.language());
        doc.put("languageConfidence", enriched.languageConfidence());
        doc.put("topics", enriched.topicIds());
        List<Map<String, Object>> scores = new ArrayList<>();
        for (TopicScore topic : enriched.topics()) {
            scores.add(Map.of("id", topic.id(), "score", topic.score(), "matched", topic.matched()));
        }
        doc.put("topicScores", scores);
        List<Map<String, Object>> events = new ArrayList<>();
        for (ArticleEvent event : enriched.events()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("kind", event.kind().json());
            put(e, "type", event.type());
            put(e, "name", event.name());
            e.put("start", event.start().toString());
            e.put("end", event.end().toString());
            put(e, "venue", event.venue());
            put(e, "city", event.city());
            put(e, "sentence", event.sentence());
            events.add(e);
        }
        doc.put("events", events);
        doc.put("sponsored", enriched.sponsored());
        put(doc, "storyId", enriched.storyId());
        doc.put("readingTimeMinutes", enriched.readingTimeMinutes());
        put(doc, "taxonomyVersion", enriched.taxonomyVersion());
        put(doc, "contentHash", a.contentHash());
        doc.put("version", version);
        return new ArticleDocument(a.id(), version, doc);
    }

    /**
     * The external version of an article: its last-modified time ({@link RawArticle#lastModified()}) in epoch
     * milliseconds, else the time it was fetched, else when it was enriched, else 0. Elasticsearch keeps the
     * document with the highest version, so an older replay never overwrites a newer article, and the same
     * version written again (a replay, a re-enrichment) overwrites with equal or fresher enrichment.
     */
    public static long versionOf(EnrichedArticle enriched) {
        RawArticle a = enriched.article();
        Instant when = a.lastModified();
        if (when == null) {
            when = a.fetchedAt();
        }
        if (when == null) {
            when = enriched.enrichedAt();
        }
        return when == null ? 0L : Math.max(0L, when.toEpochMilli());
    }

    /** The title without the control characters a completion field refuses. */
    static String suggestInput(String title) {
        if (title == null) {
            return "";
        }
        return title.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").trim();
    }

    private static void put(Map<String, Object> doc, String field, Object value) {
        if (value != null) {
            doc.put(field, value instanceof Instant instant ? instant.toString() : value);
        }
    }
}
