package io.veille.indexer.http;

/** An HTTP answer other than success, with a message fit for the caller (never Elasticsearch's text). */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
