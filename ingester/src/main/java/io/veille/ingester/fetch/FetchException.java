package io.veille.ingester.fetch;

import java.time.Duration;

/**
 * A fetch that did not give a usable answer. {@link #kind()} says why, in a way the scheduler can act
 * on; the message is one line that names the URL.
 */
public final class FetchException extends Exception {
    /** Why a fetch failed. */
    public enum Kind {
        /** The URL's host resolves to an address the SSRF guard refuses, or its scheme is not http(s). */
        REFUSED,
        /** More than the allowed number of redirects. */
        TOO_MANY_REDIRECTS,
        /** A redirect led back to a URL already visited. */
        REDIRECT_LOOP,
        /** No connection, or no complete answer, within the timeouts. */
        TIMEOUT,
        /** The server answered with an error status (see {@link #status()}). */
        HTTP_STATUS,
        /** Any other network or protocol failure. */
        NETWORK
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;

    public FetchException(Kind kind, String message) {
        this(kind, message, 0, null, null);
    }

    public FetchException(Kind kind, String message, Throwable cause) {
        this(kind, message, 0, null, cause);
    }

    public FetchException(Kind kind, String message, int status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status for {@link Kind#HTTP_STATUS}, else 0. */
    public int status() {
        return status;
    }

    /** How long the server asked us to wait ({@code Retry-After} on 429/503), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
