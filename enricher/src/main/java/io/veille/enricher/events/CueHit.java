package io.veille.enricher.events;

/** A cue found in a sentence, between offsets {@code from} and {@code to}. */
record CueHit(Cue cue, int from, int to) {

    Cue.Kind kind() {
        return cue.kind();
    }

    /** Distance in chars between this hit and the span [from, to). */
    int distanceTo(int spanFrom, int spanTo) {
        if (to <= spanFrom) {
            return spanFrom - to;
        }
        if (from >= spanTo) {
            return from - spanTo;
        }
        return 0;
    }
}
