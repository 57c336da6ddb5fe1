package io.veille.ingester.schedule;

import io.veille.ingester.produce.FeedPoller;
import io.veille.ingester.produce.PollOutcome;
import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.state.FeedState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One pass over every enabled feed, whatever its next poll time (parked feeds included: a pass is
 * what a person asks for), on {@code threads} workers. One feed's failure never stops the others.
 * Every feed's state is durable when {@link #run} returns.
 */
public final class OncePass {
    private final FeedPoller poller;
    private final int threads;
    private final Consumer<FeedRecord> onMoved;

    /** @param onMoved called with the feed's record, URL updated, after a permanent redirect */
    public OncePass(FeedPoller poller, int threads, Consumer<FeedRecord> onMoved) {
        this.poller = poller;
        this.threads = threads;
        this.onMoved = onMoved;
    }

    public RunSummary run(List<FeedRecord> feeds, Map<String, FeedState> states) throws InterruptedException {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "veille-poll");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PollOutcome>> futures = new ArrayList<>();
            for (FeedRecord feed : feeds) {
                if (!feed.enabled()) {
                    continue;
                }
                FeedState state = states.getOrDefault(feed.id(), FeedState.initial(feed.id()));
                futures.add(pool.submit(() -> {
                    PollOutcome outcome = poller.poll(feed, state);
                    if (outcome.movedTo() != null) {
                        onMoved.accept(feed.withUrl(outcome.movedTo()));
                    }
                    return outcome;
                }));
            }
            List<PollOutcome> outcomes = new ArrayList<>();
            for (Future<PollOutcome> f : futures) {
                try {
                    PollOutcome outcome = f.get();
                    outcomes.add(outcome);
                    states.put(outcome.feedId(), outcome.state());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a poll failed unexpectedly: " + e.getCause(), e.getCause());
                }
            }
            poller.flushStates(); // the states of the 304s were sent without waiting
            return new RunSummary(outcomes, java.time.Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }
}
