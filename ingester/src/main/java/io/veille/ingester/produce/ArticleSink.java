package io.veille.ingester.produce;

import io.veille.common.event.RawArticle;

/** Where raw articles go. */
public interface ArticleSink {
    /** Sends one article; durable once {@link #flush} returns. */
    void send(RawArticle article);

    /**
     * Waits until every article sent is durable.
     *
     * @throws IllegalStateException when an article could not be written
     */
    void flush();
}
