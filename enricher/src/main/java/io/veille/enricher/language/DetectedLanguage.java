package io.veille.enricher.language;

/**
 * The language of an article: an ISO 639-1 code (or {@code und} when nothing could be told) and a
 * confidence between 0 and 1.
 */
public record DetectedLanguage(String code, double confidence) {
    /** The code used when the text gives no clue and there is no usable hint. */
    public static final String UNDETERMINED = "und";
}
