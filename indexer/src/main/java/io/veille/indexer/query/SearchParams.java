package io.veille.indexer.query;

import java.time.Instant;
import java.util.List;

/**
 * A validated search: every value here has passed {@link SearchParamsParser} (or the checks of this
 * constructor), so the query service can turn it into typed Elasticsearch queries without further doubt.
 *
 * @param text             free text for {@code simple_query_string}, or null for "everything"
 * @param topics           any of these topic ids
 * @param languages        any of these languages
 * @param sources          any of these sources (source name or feed id)
 * @param tags             any of these feed tags or categories
 * @param from             published at or after, or null
 * @param to               published before, or null
 * @param excludeSponsored leave sponsored articles out
 * @param sort             relevance (the default when there is text) or newest first
 * @param size             hits per page, 1 to {@link #MAX_SIZE}
 * @param after            the cursor of the previous page, or null for the first page
 * @param histogram        the interval of the date histogram, or null for none
 */
public record SearchParams(
        String text,
        List<String> topics,
        List<String> languages,
        List<String> sources,
        List<String> tags,
        Instant from,
        Instant to,
        boolean excludeSponsored,
        Sort sort,
        int size,
        Cursor after,
        Interval histogram) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public SearchParams {
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidParameterException("from", "from must be before to");
        }
        if (sort == null) {
            sort = text == null ? Sort.NEWEST : Sort.RELEVANCE;
        }
        if (after != null && !fits(after, sort)) {
            throw new InvalidParameterException("after", "after is a cursor of another kind of search");
        }
    }

    /** A cursor of a relevance search is [score, date, id]; of a newest-first search, [date, id]. */
    private static boolean fits(Cursor cursor, Sort sort) {
        List<Object> v = cursor.values();
        if (sort == Sort.RELEVANCE) {
            return v.size() == 3 && v.get(0) instanceof Number && v.get(1) instanceof Long && v.get(2) instanceof String;
        }
        return v.size() == 2 && v.get(0) instanceof Long && v.get(1) instanceof String;
    }

    /** Everything, newest first. */
    public static SearchParams all() {
        return new SearchParams(null, List.of(), List.of(), List.of(), List.of(), null, null, false, null,
                DEFAULT_SIZE, null, null);
    }

    public SearchParams withText(String newText) {
        return new SearchParams(newText, topics, languages, sources, tags, from, to, excludeSponsored, null, size,
                after, histogram);
    }

    public SearchParams withTopics(List<String> newTopics) {
        return new SearchParams(text, newTopics, languages, sources, tags, from, to, excludeSponsored, sort, size,
                after, histogram);
    }

    public SearchParams withFrom(Instant newFrom) {
        return new SearchParams(text, topics, languages, sources, tags, newFrom, to, excludeSponsored, sort, size,
                after, histogram);
    }

    public SearchParams withSize(int newSize) {
        return new SearchParams(text, topics, languages, sources, tags, from, to, excludeSponsored, sort, newSize,
                after, histogram);
    }

    public SearchParams withAfter(Cursor cursor) {
        return new SearchParams(text, topics, languages, sources, tags, from, to, excludeSponsored, sort, size,
                cursor, histogram);
    }

    public SearchParams withSort(Sort newSort) {
        return new SearchParams(text, topics, languages, sources, tags, from, to, excludeSponsored, newSort, size,
                after, histogram);
    }

    public SearchParams withLanguages(List<String> newLanguages) {
        return new SearchParams(text, topics, newLanguages, sources, tags, from, to, excludeSponsored, sort, size,
                after, histogram);
    }

    public enum Sort { RELEVANCE, NEWEST }

    /** Buckets of a date histogram. */
    public enum Interval {
        HOUR, DAY, WEEK, MONTH;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
