package io.veille.localstack;

/** A local server that could not be prepared, started or reached; the message says where its log is. */
public class LocalServerException extends RuntimeException {
    public LocalServerException(String message) {
        super(message);
    }
}
