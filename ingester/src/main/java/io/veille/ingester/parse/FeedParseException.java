package io.veille.ingester.parse;

/**
 * A document that cannot be read as a feed. The message is one line meant for a person ("an HTML
 * page, not a feed"); {@link #reason()} classifies it for programs (metrics, feed-state errors).
 */
public final class FeedParseException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Why a document was refused. */
    public enum Reason {
        /** No bytes, or only whitespace. */
        EMPTY,
        /** An HTML page (perhaps advertising a feed), not a feed. */
        NOT_A_FEED,
        /** XML or JSON that no repair could make well-formed, or a root no format claims. */
        MALFORMED,
        /** A DOCTYPE declaring entities: XXE or entity-expansion payload refused. */
        UNSAFE,
        /** Deeper nesting than the limits allow. */
        TOO_DEEP
    }

    private final Reason reason;

    public FeedParseException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FeedParseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
