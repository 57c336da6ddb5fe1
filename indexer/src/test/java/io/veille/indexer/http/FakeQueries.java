package io.veille.indexer.http;

import io.veille.indexer.query.ArticleQueries;
import io.veille.indexer.query.QueryFailedException;
import io.veille.indexer.query.Results;
import io.veille.indexer.query.SearchParams;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A query service answering from memory; {@link #down} makes it fail like an unreachable index. */
final class FakeQueries implements ArticleQueries {
    static final Results.ArticleHit HIT = new Results.ArticleHit("a1", "Open source in public services", "https://example.org/a1",
            "Weekly Infra", Instant.parse("2026-11-28T08:00:00Z"), "en", List.of("open-source"), "s1", false, null, 1.5, null);

    static final Results.ArticleHit SIBLING = new Results.ArticleHit("a2", "Logiciel libre : l'État publie son code", "https://example.fr/a2",
            "Le Fil Numérique", Instant.parse("2026-11-28T10:00:00Z"), "fr", List.of("open-source"), "s1", false, null, null, null);

    volatile boolean down;
    /** When set, every search waits until it opens (a slow index); {@link #searchesWaiting} counts them. */
    volatile CountDownLatch searchGate;
    final AtomicInteger searchesWaiting = new AtomicInteger();
    volatile SearchParams lastSearch;
    volatile String lastTrendTopic;
    volatile SearchParams.Interval lastInterval;

    @Override
    public Results.SearchPage search(SearchParams params) {
        check();
        CountDownLatch gate = searchGate;
        if (gate != null) {
            searchesWaiting.incrementAndGet();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                searchesWaiting.decrementAndGet();
            }
        }
        lastSearch = params;
        return new Results.SearchPage(1, List.of(HIT), null, Map.of("topics", List.of(new Results.Bucket("open-source", 1))), null);
    }

    @Override
    public Optional<Map<String, Object>> article(String id) {
        check();
        return id.equals("a1") ? Optional.of(Map.of("id", "a1", "title", HIT.title())) : Optional.empty();
    }

    @Override
    public List<Results.ArticleHit> moreLikeThis(String id, int size) {
        check();
        return List.of(HIT);
    }

    @Override
    public List<Results.ArticleHit> storySiblings(String id, int size) {
        check();
        return id.equals("a1") ? List.of(SIBLING) : List.of();
    }

    @Override
    public List<Results.UpcomingEvent> upcomingEvents(Duration within, List<String> topics, String kind, int size) {
        check();
        return List.of(new Results.UpcomingEvent("event", "conference", "Journée DevOps", LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 4), null, "Paris", "a1", HIT.title(), HIT.url(), HIT.source(), HIT.topics()));
    }

    @Override
    public List<Results.TopicCount> topicCounts() {
        check();
        return List.of(new Results.TopicCount("open-source", 3, 12));
    }

    @Override
    public Results.Trend trend(String topic, SearchParams.Interval interval, Duration window) {
        check();
        lastTrendTopic = topic;
        lastInterval = interval;
        return new Results.Trend(topic, interval.json(), List.of(new Results.DateBucket(Instant.parse("2026-11-28T00:00:00Z"), 4)));
    }

    @Override
    public List<String> suggestTitles(String prefix, int size) {
        check();
        return HIT.title().toLowerCase().startsWith(prefix.toLowerCase()) ? List.of(HIT.title()) : List.of();
    }

    @Override
    public boolean ready() {
        return !down;
    }

    private void check() {
        if (down) {
            throw new QueryFailedException("the index is unreachable", new RuntimeException("[es/search] failed: secret internals"));
        }
    }
}
