package io.veille.enricher.events;

import io.veille.common.event.ArticleEvent;

/**
 * What a dated mention announces.
 *
 * @param kind event or deadline
 * @param type the finer type (conference, meetup, release, webinar, hackathon, workshop, consultation,
 *             call-for-papers, registration, tickets, applications)
 * @param opening for a deadline, true when the date is the day it opens, not the day it closes
 */
record Classification(ArticleEvent.Kind kind, String type, boolean opening) {

    Classification(ArticleEvent.Kind kind, String type) {
        this(kind, type, false);
    }
}
