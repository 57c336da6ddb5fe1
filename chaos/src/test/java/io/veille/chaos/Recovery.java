package io.veille.chaos;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Watches one stage of the pipeline from the moment a fault ends: the time until the stage makes
 * progress again (its counter first goes past the value it had when the fault ended) is the time to
 * recover.
 */
final class Recovery {
    private final long endedAtNanos = System.nanoTime();
    private final Thread watcher;
    private volatile Duration recovered;

    private Recovery(LongSupplier stage) {
        watcher = new Thread(() -> {
            long baseline = stage.getAsLong(); // -1 while the stage cannot be read: read again
            while (recovered == null && !Thread.currentThread().isInterrupted()) {
                long now = stage.getAsLong();
                if (baseline < 0) {
                    baseline = now;
                } else if (now > baseline) {
                    recovered = Duration.ofNanos(System.nanoTime() - endedAtNanos);
                    return;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "recovery-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts watching now: call it the moment the fault ends (the restart returned, the block was lifted). */
    static Recovery from(LongSupplier stage) {
        return new Recovery(stage);
    }

    /** The time from the end of the fault to the first progress, or null if none was seen. */
    Duration timeToRecover() {
        return recovered;
    }

    Duration sinceFaultEnded() {
        return Duration.ofNanos(System.nanoTime() - endedAtNanos);
    }

    void stop() {
        watcher.interrupt();
    }
}
