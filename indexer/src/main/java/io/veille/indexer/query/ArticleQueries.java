package io.veille.indexer.query;

import io.veille.indexer.query.Results.ArticleHit;
import io.veille.indexer.query.Results.SearchPage;
import io.veille.indexer.query.Results.TopicCount;
import io.veille.indexer.query.Results.Trend;
import io.veille.indexer.query.Results.UpcomingEvent;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything readers ask of the article index: the one query service behind the HTTP API, {@code veille search}
 * and {@code veille digest}. Arguments are validated values, never query DSL; implementations throw
 * {@link QueryFailedException} (without Elasticsearch's text) when the index cannot answer.
 */
public interface ArticleQueries {

    SearchPage search(SearchParams params);

    /** The whole document of one article. */
    Optional<Map<String, Object>> article(String id);

    /** Articles like this one (title and text), best first; empty when the article is unknown. */
    List<ArticleHit> moreLikeThis(String id, int size);

    /**
     * The other articles of the story of {@code id} (same {@code storyId}), newest first, without the article
     * itself; empty when the article is unknown or has no story.
     */
    List<ArticleHit> storySiblings(String id, int size);

    /**
     * Events and deadlines that are not over yet and start within {@code within}, soonest first.
     *
     * @param topics only from articles with one of these topics (empty: all)
     * @param kind   {@code event}, {@code deadline}, or null for both
     */
    List<UpcomingEvent> upcomingEvents(Duration within, List<String> topics, String kind, int size);

    /** Per topic, articles of the last 24 hours and of the last 7 days, busiest first. */
    List<TopicCount> topicCounts();

    /** Articles of one topic per interval over the last {@code window}. */
    Trend trend(String topic, SearchParams.Interval interval, Duration window);

    /** Titles starting with {@code prefix} (completion suggester on {@code titleSuggest}), without duplicates. */
    List<String> suggestTitles(String prefix, int size);

    /** True when the index answers. */
    boolean ready();
}
