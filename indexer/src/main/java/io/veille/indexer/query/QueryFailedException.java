package io.veille.indexer.query;

/** The index could not answer (down, missing). The message is safe to show; the cause is for logs only. */
public final class QueryFailedException extends RuntimeException {
    public QueryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
