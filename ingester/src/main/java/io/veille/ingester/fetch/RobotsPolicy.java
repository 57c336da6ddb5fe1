package io.veille.ingester.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an article page may be fetched, by its host's robots.txt, read through the same
 * {@link Fetcher} (so the same SSRF guard and politeness) and cached a day per scheme+host+port.
 * A missing robots.txt (4xx) allows everything; one that cannot be read (5xx, timeout, network)
 * disallows everything until the next try, as RFC 9309 asks.
 */
public final class RobotsPolicy {
    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration RETRY = Duration.ofMinutes(30);

    private final Fetcher fetcher;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public RobotsPolicy(Fetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    public boolean allows(URI page) throws InterruptedException {
        String origin = page.getScheme() + "://" + page.getRawAuthority();
        Instant now = clock.instant();
        Cached cached = cache.get(origin);
        if (cached == null || cached.until.isBefore(now)) {
            cached = load(origin, now);
            cache.put(origin, cached);
        }
        String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
        if (page.getRawQuery() != null) {
            path += "?" + page.getRawQuery();
        }
        return cached.rules.allows(path);
    }

    private Cached load(String origin, Instant now) throws InterruptedException {
        try {
            FetchResult result = fetcher.fetch(FetchRequest.of(URI.create(origin + "/robots.txt")));
            String text = new String(result.body(), StandardCharsets.UTF_8);
            return new Cached(RobotsRules.parse(text, UserAgent.PRODUCT), now.plus(TTL));
        } catch (FetchException e) {
            if (e.kind() == FetchException.Kind.HTTP_STATUS && e.status() >= 400 && e.status() < 500 && e.status() != 429) {
                return new Cached(RobotsRules.allowAll(), now.plus(TTL));
            }
            return new Cached(RobotsRules.disallowAll(), now.plus(RETRY));
        }
    }

    private record Cached(RobotsRules rules, Instant until) {
    }
}
