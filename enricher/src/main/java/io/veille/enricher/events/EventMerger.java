package io.veille.enricher.events;

import io.veille.common.event.ArticleEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds the mentions of one event into one: two events of the same type on the same days, or an event
 * inside a longer one ("du 29 octobre au 1er novembre" then "rendez-vous le 29 octobre"), are one, unless
 * both are named differently; two deadlines are one when they close the same day for the same thing; the widest dates are kept and missing name, venue and city are taken from the others. Order of
 * first appearance is kept. Stateless and thread-safe.
 */
final class EventMerger {
    private EventMerger() {
    }

    static List<ArticleEvent> merge(List<ArticleEvent> events) {
        List<ArticleEvent> out = new ArrayList<>(events.size());
        for (ArticleEvent e : events) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (sameThing(out.get(i), e)) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                out.add(e);
            } else {
                out.set(same, combine(out.get(same), e));
            }
        }
        return out;
    }

    private static boolean sameThing(ArticleEvent a, ArticleEvent b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        boolean aInB = !a.start().isBefore(b.start()) && !a.end().isAfter(b.end());
        boolean bInA = !b.start().isBefore(a.start()) && !b.end().isAfter(a.end());
        if (a.kind() == ArticleEvent.Kind.DEADLINE) {
            // two deadlines are one only when they close the same day, for the same thing
            return a.end().equals(b.end()) && (aInB || bInA)
                    && (a.type() == null || b.type() == null || a.type().equals(b.type()));
        }
        if (!(aInB || bInA)) {
            return false;
        }
        if (a.name() != null && b.name() != null && !a.name().equals(b.name())) {
            return false; // two named events the same days: two events
        }
        // the same days: the same event only when of the same type; a day inside a longer event: a day of it
        boolean sameDays = a.start().equals(b.start()) && a.end().equals(b.end());
        return !sameDays || a.type() == null || b.type() == null || a.type().equals(b.type());
    }

    private static ArticleEvent combine(ArticleEvent first, ArticleEvent second) {
        boolean secondWider = !second.start().isAfter(first.start()) && !second.end().isBefore(first.end())
                && !(second.start().equals(first.start()) && second.end().equals(first.end()));
        ArticleEvent main = secondWider ? second : first;
        ArticleEvent other = secondWider ? first : second;
        return new ArticleEvent(main.kind(),
                main.type() != null ? main.type() : other.type(),
                main.name() != null ? main.name() : other.name(),
                main.start(), main.end(),
                main.venue() != null ? main.venue() : other.venue(),
                main.city() != null ? main.city() : other.city(),
                main.sentence());
    }
}
