package io.veille.ingester.produce;

import io.veille.common.event.RawArticle;
import io.veille.ingester.state.FeedState;
import io.veille.ingester.state.FeedStateStore;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory sink and state store, for tests without Kafka: {@link #states} holds every saved state,
 * {@link #durable} only those saved before a {@link #flush}.
 */
public final class CollectingSink implements ArticleSink, FeedStateStore {
    public final List<RawArticle> articles = new CopyOnWriteArrayList<>();
    public final Map<String, FeedState> states = new ConcurrentHashMap<>();
    public final Map<String, FeedState> durable = new ConcurrentHashMap<>();
    private final Map<String, FeedState> pending = new java.util.LinkedHashMap<>();

    @Override
    public void send(RawArticle article) {
        articles.add(article);
    }

    @Override
    public void save(FeedState state) {
        states.put(state.feedId(), state);
        synchronized (pending) {
            pending.put(state.feedId(), state);
        }
    }

    @Override
    public void flush() {
        synchronized (pending) {
            durable.putAll(pending);
            pending.clear();
        }
    }

    public List<RawArticle> fromFeed(String feedId) {
        return articles.stream().filter(a -> feedId.equals(a.feedId())).toList();
    }
}
