package io.veille.ingester.registry;

/** An OPML or YAML feed list that cannot be read; the message is one line naming the problem. */
public final class FeedFileException extends Exception {
    public FeedFileException(String message) {
        super(message);
    }

    public FeedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
