package io.veille.enricher.events;

/**
 * A word or phrase of the cue lexicon.
 *
 * @param kind   what the cue says about a dated sentence
 * @param type   for event and deadline cues, the finer type (conference, consultation...), else empty
 * @param phrase the folded phrase, without its trailing {@code *}
 * @param prefix true when longer words also match ({@code conferenc*})
 */
record Cue(Kind kind, String type, String phrase, boolean prefix) {

    enum Kind { EVENT, GENERIC, DEADLINE, CLOSING, OPENING, NEGATIVE, OTHER, SINCE, UNTIL }
}
