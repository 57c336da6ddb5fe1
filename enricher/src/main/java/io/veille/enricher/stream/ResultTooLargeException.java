package io.veille.enricher.stream;

/**
 * An enriched article whose serialized form would not fit in one producer request. Thrown before the
 * write, so the processing handler dead-letters the source: with exactly-once, a record the producer
 * refuses would abort the transaction and be retried forever instead.
 */
final class ResultTooLargeException extends RuntimeException {
    ResultTooLargeException(String id, int bytes, int limit) {
        super("The enriched article " + id + " takes " + bytes + " bytes, over the " + limit
                + " a record may take (producer max.request.size less room for key and headers)");
    }
}
