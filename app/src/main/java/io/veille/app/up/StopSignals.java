package io.veille.app.up;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop, so that {@code veille up} can stop its services
 * in order — upstream first, the servers last — instead of leaving it to shutdown hooks that run all
 * at once. A second signal exits at once (the hooks still stop the servers).
 */
final class StopSignals {
    private final CountDownLatch requested = new CountDownLatch(1);

    /** Installs the handlers; where the JVM does not allow it, the shutdown hooks alone stop everything. */
    static StopSignals install() {
        StopSignals signals = new StopSignals();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> signals.onSignal(128 + signal.getNumber()));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // this platform does not let us handle it
            }
        }
        return signals;
    }

    private void onSignal(int exitCode) {
        if (requested.getCount() == 0) {
            System.exit(exitCode);
        }
        requested.countDown();
    }

    /** Waits up to {@code millis} for a stop request; true when one came. */
    boolean await(long millis) throws InterruptedException {
        return requested.await(millis, TimeUnit.MILLISECONDS);
    }

    boolean requested() {
        return requested.getCount() == 0;
    }
}
