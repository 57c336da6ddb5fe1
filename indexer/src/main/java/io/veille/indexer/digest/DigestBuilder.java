package io.veille.indexer.digest;

import io.veille.indexer.query.ArticleQueries;
import io.veille.indexer.query.Results.ArticleHit;
import io.veille.indexer.query.Results.Bucket;
import io.veille.indexer.query.Results.SearchPage;
import io.veille.indexer.query.SearchParams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Digest} from the query service: the topics that had articles since the start of the
 * window (busiest first), for each the stories with the most articles (ties: the newest first), and the
 * events and deadlines of the next {@link #EVENTS_AHEAD}.
 */
public final class DigestBuilder {
    public static final Duration EVENTS_AHEAD = Duration.ofDays(30);
    private static final int ARTICLES_PER_TOPIC = 100;

    private final ArticleQueries queries;
    private final Clock clock;

    public DigestBuilder(ArticleQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * @param since          the window, back from now
     * @param onlyTopics     restrict to these topics (empty: every topic with new articles)
     * @param storiesPerTopic how many stories to keep per topic
     */
    public Digest build(Duration since, List<String> onlyTopics, int storiesPerTopic) {
        Instant now = clock.instant();
        Instant from = now.minus(since);
        SearchParams window = SearchParams.all().withFrom(from).withSort(SearchParams.Sort.NEWEST);
        List<Bucket> topics = queries.search(window.withTopics(onlyTopics).withSize(1)).facets()
                .getOrDefault("topics", List.of()).stream()
                .filter(b -> onlyTopics.isEmpty() || onlyTopics.contains(b.key()))
                .toList();
        List<Digest.TopicSection> sections = new ArrayList<>();
        for (Bucket topic : topics) {
            SearchPage page = queries.search(window.withTopics(List.of(topic.key())).withSize(ARTICLES_PER_TOPIC));
            sections.add(new Digest.TopicSection(topic.key(), topic.count(), stories(page.hits(), storiesPerTopic)));
        }
        var events = queries.upcomingEvents(EVENTS_AHEAD, onlyTopics, null, 20);
        return new Digest(from, now, sections, events);
    }

    /** Groups hits (newest first) by story and keeps the {@code limit} biggest stories. */
    static List<Digest.Story> stories(List<ArticleHit> newestFirst, int limit) {
        Map<String, List<ArticleHit>> byStory = new LinkedHashMap<>();
        for (ArticleHit hit : newestFirst) {
            String story = hit.storyId() != null ? hit.storyId() : hit.id();
            byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(hit);
        }
        List<Digest.Story> stories = new ArrayList<>();
        byStory.forEach((id, hits) -> stories.add(new Digest.Story(id, hits.get(0), List.copyOf(hits.subList(1, hits.size())))));
        // stable sort: among stories of equal size, the order of their newest article is kept
        stories.sort(Comparator.comparingInt(Digest.Story::size).reversed());
        return stories.size() > limit ? List.copyOf(stories.subList(0, limit)) : stories;
    }
}
