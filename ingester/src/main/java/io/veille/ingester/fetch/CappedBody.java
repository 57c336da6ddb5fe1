package io.veille.ingester.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A response body read while it streams, and cut off once it passes {@code cap} bytes: the
 * subscription is cancelled, so an endless or huge body never fills memory. A body still incomplete
 * at the deadline is cancelled too, and fails with {@link BodyTimeoutException}.
 *
 * @param bytes     at most {@code cap + 1} bytes of the body as sent (still content-encoded)
 * @param truncated whether the body went on past the cap
 */
record CappedBody(byte[] bytes, boolean truncated) {

    /** Timers of the bodies being read: one daemon thread for every fetcher; a body that completes cancels its timer. */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    /**
     * @param cap      bytes kept at most (one more is read to tell that the body went on)
     * @param deadline {@link System#nanoTime()} by which the whole body must have arrived
     */
    static HttpResponse.BodyHandler<CappedBody> handler(int cap, long deadline) {
        return info -> new Subscriber(cap, deadline);
    }

    /** The body did not arrive in full before its deadline. */
    static final class BodyTimeoutException extends IOException {
        BodyTimeoutException(String message) {
            super(message);
        }
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "veille-fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<CappedBody> {
        private final int cap;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
        private final long deadline;
        private volatile Flow.Subscription subscription;
        private ScheduledFuture<?> timer;

        Subscriber(int cap, long deadline) {
            this.cap = cap;
            this.deadline = deadline;
        }

        @Override
        public CompletionStage<CappedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                expire();
                return;
            }
            ScheduledFuture<?> t = DEADLINES.schedule(this::expire, left, TimeUnit.NANOSECONDS);
            synchronized (this) {
                timer = t;
            }
            if (result.isDone()) {
                t.cancel(false);
            }
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int room = cap + 1 - out.size();
                int take = Math.min(room, buffer.remaining());
                byte[] chunk = new byte[take];
                buffer.get(chunk);
                out.write(chunk, 0, take);
                if (out.size() > cap) {
                    subscription.cancel();
                    finish(new CappedBody(out.toByteArray(), true));
                    return;
                }
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            cancelTimer();
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            finish(new CappedBody(out.toByteArray(), false));
        }

        private void finish(CappedBody body) {
            cancelTimer();
            result.complete(body);
        }

        private void expire() {
            if (result.completeExceptionally(new BodyTimeoutException("the body did not arrive in full in time"))) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
            }
        }

        private void cancelTimer() {
            ScheduledFuture<?> t;
            synchronized (this) {
                t = timer;
            }
            if (t != null) {
                t.cancel(false);
            }
        }
    }
}
