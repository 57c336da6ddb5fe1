package io.veille.ingester.fetch;

import io.veille.common.config.VeilleConfig;
import io.veille.ingester.parse.FeedLimits;

import java.time.Duration;

/**
 * The fetcher's knobs.
 *
 * @param connectTimeout      how long to wait for a connection
 * @param timeout             how long a whole hop may take, body included
 * @param maxRedirects        the most redirects followed (5)
 * @param maxBytes            the largest body read (the parser's {@link FeedLimits#maxBytes()})
 * @param perHostConcurrency  the most requests at once to one host (2)
 * @param perHostDelay        the least time between two request starts to one host
 * @param allowLoopback       whether loopback addresses may be fetched (tests, demo)
 * @param allowPrivate        whether private addresses may be fetched (intranets)
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration timeout,
        int maxRedirects,
        int maxBytes,
        int perHostConcurrency,
        Duration perHostDelay,
        boolean allowLoopback,
        boolean allowPrivate) {

    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, FeedLimits.DEFAULT.maxBytes(),
                2, Duration.ofSeconds(1), false, false);
    }

    /** Reads {@code ingester.http.*} keys, each defaulting to {@link #defaults()}. */
    public static FetchSettings from(VeilleConfig config) {
        FetchSettings d = defaults();
        return new FetchSettings(
                Settings.duration(config, "ingester.http.connect-timeout", d.connectTimeout),
                Settings.duration(config, "ingester.http.timeout", d.timeout),
                Settings.integer(config, "ingester.http.max-redirects", d.maxRedirects),
                d.maxBytes,
                Settings.integer(config, "ingester.http.per-host-concurrency", d.perHostConcurrency),
                Settings.duration(config, "ingester.http.per-host-delay", d.perHostDelay),
                Settings.bool(config, "ingester.http.allow-loopback", d.allowLoopback),
                Settings.bool(config, "ingester.http.allow-private", d.allowPrivate));
    }

    public FetchSettings withAllowLoopback(boolean allow) {
        return new FetchSettings(connectTimeout, timeout, maxRedirects, maxBytes, perHostConcurrency, perHostDelay, allow, allowPrivate);
    }

    public FetchSettings withTimeout(Duration total) {
        return new FetchSettings(connectTimeout, total, maxRedirects, maxBytes, perHostConcurrency, perHostDelay, allowLoopback, allowPrivate);
    }

    public FetchSettings withMaxBytes(int bytes) {
        return new FetchSettings(connectTimeout, timeout, maxRedirects, bytes, perHostConcurrency, perHostDelay, allowLoopback, allowPrivate);
    }

    public FetchSettings withPerHostDelay(Duration delay) {
        return new FetchSettings(connectTimeout, timeout, maxRedirects, maxBytes, perHostConcurrency, delay, allowLoopback, allowPrivate);
    }
}
