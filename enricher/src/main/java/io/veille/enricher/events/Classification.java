package io.veille.enricher.events;

import io.veille.common.event.ArticleEvent;

/**
 * What a dated mention announces.
 *
 * @param kind event or deadline
 * @param type the finer type (conference, meetup, release, webinar, hackathon, workshop, consultation,
 *             call-for-papers, registration, tickets, applications)
 */
record Classification(ArticleEvent.Kind kind, String type) {
}
