package io.veille.ingester.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches one URL politely and safely, with {@link HttpClient}:
 * <ul>
 *   <li>a conditional GET ({@code If-None-Match}, {@code If-Modified-Since}) whose 304 comes back as
 *       {@link FetchResult#notModified()};</li>
 *   <li>{@code gzip} and {@code deflate} asked for and undone;</li>
 *   <li>redirects followed by hand, at most {@code maxRedirects}, each hop checked by the
 *       {@link AddressGuard} before the wait for the host and again right before connecting; a loop is refused; a chain of permanent redirects is reported so the
 *       caller can update the feed's URL;</li>
 *   <li>a connect timeout, and a total timeout per hop that covers the body;</li>
 *   <li>the body read while it streams and cut off after {@code maxBytes};</li>
 *   <li>{@link HostPoliteness} per host; a 429 or 503 records its {@code Retry-After} there and is
 *       reported with it.</li>
 * </ul>
 * Thread-safe: one fetcher serves every worker.
 */
public final class Fetcher {
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;
    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HostPoliteness politeness;
    private final Clock clock;

    public Fetcher(FetchSettings settings, Clock clock) {
        this(settings, new AddressGuard(settings.allowLoopback(), settings.allowPrivate()),
                new HostPoliteness(settings.perHostConcurrency(), settings.perHostDelay(), Duration.ofMinutes(2), clock), clock);
    }

    public Fetcher(FetchSettings settings, AddressGuard guard, HostPoliteness politeness, Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.politeness = politeness;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches {@code request.url()}.
     *
     * @throws FetchException for every failure, its kind telling which (never an unchecked exception for network trouble)
     */
    public FetchResult fetch(FetchRequest request) throws FetchException, InterruptedException {
        URI url = request.url();
        Set<String> visited = new HashSet<>();
        boolean allPermanent = true;
        URI permanent = null;
        for (int hop = 0; ; hop++) {
            guard.check(url);
            if (!visited.add(url.normalize().toString())) {
                throw new FetchException(FetchException.Kind.REDIRECT_LOOP, request.url() + ": redirect loop back to " + url);
            }
            HttpResponse<CappedBody> response = send(url, request);
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (isRedirect(status)) {
                Optional<String> location = headers.firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException(FetchException.Kind.HTTP_STATUS, url + ": HTTP " + status + " without Location", status, null, null);
                }
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS,
                            request.url() + ": more than " + settings.maxRedirects() + " redirects");
                }
                URI next;
                try {
                    next = url.resolve(location.get().trim());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(FetchException.Kind.HTTP_STATUS, url + ": bad Location " + location.get(), status, null, e);
                }
                allPermanent &= status == 301 || status == 308;
                permanent = allPermanent ? next : null;
                url = next;
                continue;
            }
            Duration maxAge = maxAge(headers);
            Instant expires = headers.firstValue("Expires").map(Fetcher::httpDate).orElse(null);
            if (status == 304) {
                return new FetchResult(true, new byte[0], false, null,
                        headers.firstValue("ETag").orElse(request.etag()),
                        headers.firstValue("Last-Modified").orElse(request.lastModified()),
                        url, permanent, maxAge, expires);
            }
            if (status == 429 || status == 503) {
                Duration retryAfter = headers.firstValue("Retry-After").map(this::retryAfter).orElse(null);
                if (retryAfter != null) {
                    politeness.blockUntil(hostKey(url), clock.instant().plus(retryAfter));
                }
                throw new FetchException(FetchException.Kind.HTTP_STATUS, url + ": HTTP " + status
                        + (retryAfter != null ? " (Retry-After " + retryAfter.toSeconds() + " s)" : ""), status, retryAfter, null);
            }
            if (status < 200 || status > 299) {
                throw new FetchException(FetchException.Kind.HTTP_STATUS, url + ": HTTP " + status, status, null, null);
            }
            CappedBody raw = response.body();
            ContentDecoding.Decoded decoded;
            try {
                decoded = ContentDecoding.decode(headers.firstValue("Content-Encoding").orElse(null),
                        raw.bytes(), raw.truncated(), settings.maxBytes());
            } catch (IOException e) {
                throw new FetchException(FetchException.Kind.NETWORK, url + ": cannot decode the body: " + e.getMessage(), e);
            }
            return new FetchResult(false, decoded.bytes(), decoded.truncated(),
                    headers.firstValue("Content-Type").orElse(null),
                    headers.firstValue("ETag").orElse(null),
                    headers.firstValue("Last-Modified").orElse(null),
                    url, permanent, maxAge, expires);
        }
    }

    private HttpResponse<CappedBody> send(URI url, FetchRequest request) throws FetchException, InterruptedException {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(url);
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.REFUSED, url + ": not a fetchable URL", e);
        }
        builder.GET()
                .timeout(settings.timeout())
                .header("User-Agent", UserAgent.value())
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                .header("Accept-Encoding", "gzip, deflate");
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        HttpRequest httpRequest = builder.build();
        // a raw body cap a little above the decoded one: compressed bodies are smaller, never larger
        int rawCap = settings.maxBytes();
        try (HostPoliteness.Permit ignored = politeness.acquire(hostKey(url))) {
            // checked again once the wait for the host is over, right before the client connects: the JVM's lookup
            // cache (30 s by default) then hands the client the answer just vetted (DNS rebinding; docs/security.md)
            guard.check(url);
            // send(), not sendAsync(): sendAsync hands every response over to CompletableFuture's default pool, which is a
            // new thread per response on a machine of 2 cores or fewer. The headers are bounded by the request's timeout,
            // the body by the same deadline (CappedBody), so the total per hop stays within settings.timeout().
            long deadline = System.nanoTime() + settings.timeout().toNanos();
            try {
                return client.send(httpRequest, CappedBody.handler(rawCap, deadline));
            } catch (HttpConnectTimeoutException e) {
                throw new FetchException(FetchException.Kind.TIMEOUT, url + ": no connection within "
                        + settings.connectTimeout().toMillis() + " ms", e);
            } catch (CappedBody.BodyTimeoutException e) {
                throw new FetchException(FetchException.Kind.TIMEOUT, url + ": no complete answer within "
                        + settings.timeout().toMillis() + " ms", e);
            } catch (HttpTimeoutException e) {
                throw new FetchException(FetchException.Kind.TIMEOUT, url + ": no answer within "
                        + settings.timeout().toMillis() + " ms", e);
            } catch (IOException e) {
                // send() rethrows the failure as a plain IOException around the original one: report the original
                Throwable cause = e.getClass() == IOException.class && e.getCause() != null ? e.getCause() : e;
                if (cause instanceof CappedBody.BodyTimeoutException) {
                    throw new FetchException(FetchException.Kind.TIMEOUT, url + ": no complete answer within "
                            + settings.timeout().toMillis() + " ms", cause);
                }
                throw new FetchException(FetchException.Kind.NETWORK, url + ": " + describe(cause), cause);
            }
        }
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static Duration maxAge(HttpHeaders headers) {
        for (String value : headers.allValues("Cache-Control")) {
            Matcher m = MAX_AGE.matcher(value);
            if (m.find()) {
                try {
                    return Duration.ofSeconds(Long.parseLong(m.group(1)));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when unreadable; never negative. */
    Duration retryAfter(String value) {
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            Instant when = httpDate(v);
            if (when == null) {
                return null;
            }
            Duration d = Duration.between(clock.instant(), when);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }

    static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The server a URL names, {@code host:port} lower-cased with the default port filled in: the politeness key. */
    static String hostKey(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return (url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
    }
}
