package io.veille.ingester.state;

/** Where feed states are saved after each poll. */
public interface FeedStateStore {
    /** Saves the state of one feed; durable once {@link #flush} returns. */
    void save(FeedState state);

    /** Waits until every saved state is durable. */
    void flush();
}
