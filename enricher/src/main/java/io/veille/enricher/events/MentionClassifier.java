package io.veille.enricher.events;

import io.veille.common.event.ArticleEvent;

import java.util.List;

/**
 * Decides whether a date read in a sentence is an event, a deadline or neither, from the cues of the
 * {@link CueLexicon} found around it.
 *
 * <ul>
 *   <li>A date right after "depuis", "since", "né le" is a past starting point: neither.</li>
 *   <li>A negative cue in the mention's clause (anniversary, entry into force, end of life): neither.</li>
 *   <li>A deadline cue (consultation, CFP, registration, tickets, applications) wins when no event is
 *       named, or when the clause says that something closes ("jusqu'au", "closes", "date limite").</li>
 *   <li>Otherwise the nearest event cue gives an event of its type, unless the date is given as an end
 *       ("jusqu'au", "until", "d'ici le"): then something closes, a deadline.</li>
 *   <li>A clause that names something else dated (a code freeze) and no event nor deadline: neither.</li>
 *   <li>A clause that only says that something takes place ("aura lieu", "takes place") is an event whose
 *       type comes from the sentence, the title or the previous sentence (conference by default), unless
 *       the previous sentence is about a deadline ("La consultation... Elle se déroulera du 2 au 17 mars").</li>
 *   <li>A deadline clause that says that something opens ("les inscriptions ouvrent le 3 mars") gives an
 *       opening day, flagged as such.</li>
 *   <li>A clause with no cue borrows them from the previous sentence and the title (a clause that says that
 *       something closes stays a deadline, of unknown type when the context only names an event); failing that, a date
 *       next to an event's name ("les Cloud Native Days... sont attendues le 3 février") is a conference.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class MentionClassifier {
    private static final String DEFAULT_EVENT_TYPE = "conference";

    private final CueLexicon lexicon;

    MentionClassifier(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Classifies one mention.
     *
     * @param folded      the folded sentence
     * @param hits        the cues of the sentence
     * @param windowFrom  start of the mention's clause in the sentence
     * @param windowTo    end of the mention's clause
     * @param mention     the date expression
     * @param context     the previous sentence and the title, asked only when the clause does not decide
     * @return the classification, or null when the date is neither an event nor a deadline
     */
    Classification classify(String folded, List<CueHit> hits, int windowFrom, int windowTo, DateMention mention,
                            MentionContext context) {
        Cue.Kind before = lexicon.beforeCue(folded, mention.from());
        if (before == Cue.Kind.SINCE) {
            return null;
        }
        ClauseCues clause = ClauseCues.of(hits, windowFrom, windowTo, mention, before == Cue.Kind.UNTIL);
        if (clause.negative) {
            return null;
        }
        if (clause.deadline != null || clause.event != null) {
            return fromClause(clause, context);
        }
        if (clause.other) {
            return null; // "le gel du code est prévu le 16 juillet": dated, but neither
        }
        if (clause.generic) {
            return scheduled(hits, context);
        }
        return borrowed(clause.closing, context);
    }

    /** The clause names what the date is about. */
    private static Classification fromClause(ClauseCues clause, MentionContext context) {
        if (clause.deadline != null && (clause.event == null || clause.closing || clause.opening)) {
            return new Classification(ArticleEvent.Kind.DEADLINE, clause.deadline.cue().type(),
                    clause.opening && !clause.closing);
        }
        if (clause.givenAsEnd && !clause.generic) {
            // "encadrer un atelier d'ici le 10 janvier", "proposer un atelier jusqu'au 15 septembre": a single
            // day given as an end is something that closes, not the event itself
            CueHit contextDeadline = first(context.previousCues(), Cue.Kind.DEADLINE);
            return new Classification(ArticleEvent.Kind.DEADLINE,
                    contextDeadline == null ? null : contextDeadline.cue().type());
        }
        return new Classification(ArticleEvent.Kind.EVENT, clause.event.cue().type());
    }

    /** The clause only says that something takes place ("aura lieu", "takes place"). */
    private static Classification scheduled(List<CueHit> hits, MentionContext context) {
        List<CueHit> previous = context.previousCues();
        CueHit prevDeadline = first(previous, Cue.Kind.DEADLINE);
        if (prevDeadline != null && first(previous, Cue.Kind.EVENT) == null) {
            // "L'ANSSI lance une consultation. Elle se déroulera du 2 mars au 17 avril."
            return new Classification(ArticleEvent.Kind.DEADLINE, prevDeadline.cue().type());
        }
        CueHit typed = first(hits, Cue.Kind.EVENT);
        if (typed == null) {
            typed = first(context.titleCues(), Cue.Kind.EVENT);
        }
        if (typed == null) {
            typed = first(previous, Cue.Kind.EVENT);
        }
        return new Classification(ArticleEvent.Kind.EVENT, typed == null ? DEFAULT_EVENT_TYPE : typed.cue().type());
    }

    /** No cue in the clause: borrow those of the previous sentence, then of the title. */
    private static Classification borrowed(boolean closing, MentionContext context) {
        Classification borrowed = fromContext(context.previousCues(), closing);
        if (borrowed != null && closing && borrowed.kind() == ArticleEvent.Kind.EVENT) {
            // "... ont jusqu'au 12 juin pour répondre": something closes, of a kind the context does not tell
            return new Classification(ArticleEvent.Kind.DEADLINE, null);
        }
        if (borrowed == null) {
            borrowed = fromContext(context.titleCues(), closing);
        }
        if (borrowed == null && !closing && context.eventNamed()) {
            borrowed = new Classification(ArticleEvent.Kind.EVENT, DEFAULT_EVENT_TYPE);
        }
        return borrowed;
    }

    /** The cues of one date's clause. */
    private static final class ClauseCues {
        CueHit deadline;
        CueHit event;
        boolean generic;
        boolean opening;
        boolean closing;
        boolean negative;
        boolean other;
        boolean givenAsEnd;

        static ClauseCues of(List<CueHit> hits, int from, int to, DateMention mention, boolean givenAsEnd) {
            ClauseCues c = new ClauseCues();
            c.givenAsEnd = givenAsEnd;
            c.closing = givenAsEnd;
            for (CueHit h : hits) {
                if (h.to() <= from || h.from() >= to) {
                    continue;
                }
                switch (h.kind()) {
                    case NEGATIVE -> c.negative = true;
                    case OTHER -> c.other = true;
                    case CLOSING -> c.closing = true;
                    case GENERIC -> c.generic = true;
                    case OPENING -> c.opening = true;
                    case DEADLINE -> c.deadline = nearer(c.deadline, h, mention);
                    case EVENT -> c.event = nearer(c.event, h, mention);
                    default -> {
                    }
                }
            }
            return c;
        }
    }

    private static Classification fromContext(List<CueHit> context, boolean closing) {
        CueHit deadline = first(context, Cue.Kind.DEADLINE);
        CueHit event = first(context, Cue.Kind.EVENT);
        if (deadline != null && (event == null || closing)) {
            return new Classification(ArticleEvent.Kind.DEADLINE, deadline.cue().type());
        }
        if (event != null) {
            return new Classification(ArticleEvent.Kind.EVENT, event.cue().type());
        }
        return null;
    }

    private static CueHit first(List<CueHit> hits, Cue.Kind kind) {
        for (CueHit h : hits) {
            if (h.kind() == kind) {
                return h;
            }
        }
        return null;
    }

    private static CueHit nearer(CueHit best, CueHit h, DateMention m) {
        if (best == null || h.distanceTo(m.from(), m.to()) < best.distanceTo(m.from(), m.to())) {
            return h;
        }
        return best;
    }
}
