package io.veille.enricher.events;

import java.util.List;

/**
 * What surrounds a dated sentence, asked for only when the sentence itself does not decide (so that most
 * sentences never pay for it).
 */
interface MentionContext {

    /** Cues of the previous sentence of the body (empty for the first one and for the title). */
    List<CueHit> previousCues();

    /** Cues of the title (empty when the sentence is the title). */
    List<CueHit> titleCues();

    /** Whether the sentence, the previous one or the title names something that looks like an event. */
    boolean eventNamed();
}
