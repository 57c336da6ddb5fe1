package io.veille.indexer.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shapes the query service answers with; the HTTP API and the CLI print them as JSON as they are. */
public final class Results {
    private Results() {
    }

    /**
     * One article in a list of results. {@code highlights} maps a field to fragments that are HTML-escaped text
     * ({@code &amp; &lt; &gt; &quot; &#x27; &#x2F;}) in which the only markup is the {@code <em>}…{@code </em>}
     * around matched terms: a literal {@code <em>} of the article itself arrives as {@code &lt;em&gt;}.
     */
    public record ArticleHit(String id, String title, String url, String source, Instant publishedAt,
                             String language, List<String> topics, String storyId, boolean sponsored,
                             String summary, Double score, Map<String, List<String>> highlights) {
    }

    /** One page of search results. {@code next} is the cursor of the next page, null on the last one. */
    public record SearchPage(long total, List<ArticleHit> hits, String next, Map<String, List<Bucket>> facets,
                             List<DateBucket> histogram) {
    }

    public record Bucket(String key, long count) {
    }

    public record DateBucket(Instant start, long count) {
    }

    /** An event or deadline announced by an article. */
    public record UpcomingEvent(String kind, String type, String name, LocalDate start, LocalDate end, String venue,
                                String city, String articleId, String title, String url, String source,
                                List<String> topics) {
    }

    /** Articles tagged with a topic over the last 24 hours and the last 7 days. */
    public record TopicCount(String topic, long last24h, long last7d) {
    }

    /** Counts of one topic's articles per hour or day. */
    public record Trend(String topic, String interval, List<DateBucket> buckets) {
    }
}
