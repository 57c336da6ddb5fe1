package io.veille.ingester.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness towards each server ({@code host:port}): at most {@code maxConcurrent} requests at once, request starts at
 * least {@code minDelay} apart, and none before the time a {@code Retry-After} asked for. Callers
 * {@link #acquire} a permit before a request and {@link Permit#close close} it after.
 */
public final class HostPoliteness {
    private final int maxConcurrent;
    private final Duration minDelay;
    private final Duration maxWait;
    private final Clock clock;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    /**
     * @param maxWait the longest a caller waits for a host's {@code Retry-After}; beyond it
     *                {@link #acquire} fails at once so a worker is never parked for hours
     */
    public HostPoliteness(int maxConcurrent, Duration minDelay, Duration maxWait, Clock clock) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
        this.maxConcurrent = maxConcurrent;
        this.minDelay = minDelay;
        this.maxWait = maxWait;
        this.clock = clock;
    }

    /** A permit to send one request to a host; closing it frees the slot. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for a free slot on {@code host} and for its delay to pass, then returns the permit.
     *
     * @throws FetchException of kind HTTP_STATUS (status 429) when the host asked us to wait longer than {@code maxWait}
     */
    public Permit acquire(String host) throws FetchException, InterruptedException {
        Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(maxConcurrent));
        Instant blocked = h.blockedUntil;
        Instant now = clock.instant();
        if (blocked != null && blocked.isAfter(now.plus(maxWait))) {
            throw new FetchException(FetchException.Kind.HTTP_STATUS, host + " asked to wait until " + blocked
                    + " (Retry-After)", 429, Duration.between(now, blocked), null);
        }
        h.slots.acquire();
        try {
            long sleep;
            synchronized (h) {
                now = clock.instant();
                Instant earliest = h.nextStart == null ? now : h.nextStart;
                if (h.blockedUntil != null && h.blockedUntil.isAfter(earliest)) {
                    earliest = h.blockedUntil;
                }
                if (earliest.isBefore(now)) {
                    earliest = now;
                }
                h.nextStart = earliest.plus(minDelay);
                sleep = Duration.between(now, earliest).toMillis();
            }
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
        } catch (InterruptedException e) {
            h.slots.release();
            throw e;
        }
        return h.slots::release;
    }

    /** Records that {@code host} asked for no request before {@code until} (429/503 with Retry-After). */
    public void blockUntil(String host, Instant until) {
        Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(maxConcurrent));
        synchronized (h) {
            if (h.blockedUntil == null || until.isAfter(h.blockedUntil)) {
                h.blockedUntil = until;
            }
        }
    }

    private static final class Host {
        final Semaphore slots;
        Instant nextStart;
        volatile Instant blockedUntil;

        Host(int permits) {
            slots = new Semaphore(permits, true);
        }
    }
}
