package io.veille.enricher.taxonomy;

/** A taxonomy file that cannot be read or does not describe a valid taxonomy. */
public class TaxonomyException extends RuntimeException {
    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }
}
