package io.veille.enricher;

import io.veille.common.event.ArticleEvent;

import java.time.Instant;
import java.util.List;

/**
 * Finds the events and deadlines an article announces. The implementation is
 * {@code io.veille.enricher.events.EventExtractor} (its {@code extract} method has this signature);
 * {@link #NONE} finds nothing, for tests of the other parts.
 */
@FunctionalInterface
public interface EventFinder {
    /** Finds nothing. */
    EventFinder NONE = (title, text, publishedAt, language) -> List.of();

    /**
     * @param publishedAt resolves dates without a year; may be null
     * @param language    the detected language code
     */
    List<ArticleEvent> extract(String title, String text, Instant publishedAt, String language);
}
