package io.veille.enricher.events;

/**
 * Where the clause of one date ends and the clause of the next begins, so that each date gets the cues of
 * its own clause: "KubeCon se tiendra du 23 au 26 mars, et son appel à propositions se termine le
 * 24 novembre" gives "se tiendra" to the first date and "appel à propositions" to the second.
 */
final class ClauseBoundaries {
    /** Words that open a new clause between two dates (folded, with their spaces). */
    private static final String[] OPENERS = {
            ";", ", and ", ", et ", " and ", " et ", ", puis ", " puis ", ", then ", " then ", " while ",
            " tandis que ", " alors que ", " mais ", " but ", ", whereas ", " - ", " – ", ": ", ", "};

    private ClauseBoundaries() {
    }

    /**
     * The offset in [from, to] of {@code folded} where the text between two dates is cut: at the last clause
     * opener (the text after it belongs to the next date), or at {@code from} when there is none (the
     * text between belongs to the next date, whose subject it usually is).
     */
    static int split(String folded, int from, int to) {
        for (String opener : OPENERS) {
            int at = folded.lastIndexOf(opener, to - opener.length());
            if (at >= from) {
                return at + 1;
            }
        }
        return from;
    }
}
