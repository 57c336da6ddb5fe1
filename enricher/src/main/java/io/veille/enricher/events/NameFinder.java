package io.veille.enricher.events;

import java.util.List;
import java.util.Set;

/**
 * Finds the proper name of an event near its date: a run of capitalized words that looks like an event
 * ("Cloud Native Days France 2026", "KubeCon Europe", "Devoxx France"), or that stands right next to a cue
 * ("Sunny Tech se tiendra", "le meetup Python Rennes"), or, for a release, a product and its version
 * ("Kubernetes 1.36"). Returns null rather than a guess. Stateless and thread-safe.
 */
final class NameFinder {
    /** Words (folded) that make a capitalized run look like an event's name. */
    private static final Set<String> EVENT_WORDS = Set.of(
            "summit", "days", "day", "conf", "conference", "camp", "forum", "congress", "congres", "meetup",
            "fest", "festival", "expo", "week", "sommet", "journees", "rencontres", "assises", "hackathon",
            "symposium", "salon", "con", "pgday", "devoxx", "fosdem", "kubecon", "pycon", "europython",
            "cloudnativecon", "devopsdays", "breizhcamp", "devconf", "jug", "user", "summer", "open source experience");
    /** Common nouns that are not a name on their own ("Sommet", "Conference"). */
    private static final Set<String> COMMON_EVENT_NOUNS = Set.of(
            "summit", "days", "day", "conf", "conference", "camp", "forum", "congress", "congres", "meetup", "fest",
            "festival", "expo", "week", "sommet", "journees", "rencontres", "assises", "hackathon", "symposium",
            "salon", "con", "user", "summer");
    /** How close (chars) a cue must stand after a run ("Sunny Tech se tiendra") or before it ("le meetup Python Rennes"). */
    private static final int NEAR_AFTER = 12;
    private static final int NEAR_BEFORE = 8;

    private final CityGazetteer cities;

    NameFinder(CityGazetteer cities) {
        this.cities = cities;
    }

    /**
     * The event's name in {@code sentence}, or null.
     *
     * @param sentence the sentence
     * @param runs     its capitalized runs
     * @param hits     its cues
     * @param from     start of the date mention
     * @param release  true when the mention is a release (a versioned product is then a name)
     */
    String find(String sentence, List<NameRun> runs, List<CueHit> hits, int from, boolean release, String venue) {
        NameRun best = null;
        int bestScore = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (NameRun r : runs) {
            if (venue != null && r.text().startsWith(venue)) {
                continue; // "Palais des Congrès de Paris" is where, not what
            }
            int score = score(r, hits, release);
            if (score == 0) {
                continue;
            }
            int distance = Math.abs(r.from() - from);
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = r;
                bestScore = score;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.text();
    }

    /** A name from a context sentence or the title: only runs that look like an event or a versioned product. */
    String findStrict(List<NameRun> runs, boolean release) {
        for (NameRun r : runs) {
            if ((looksLikeEvent(r) && !isBareEventWord(r)) || (release && hasVersion(r))) {
                return r.text();
            }
        }
        return null;
    }

    /** True when one of {@code runs} looks like an event's name ("Cloud Native Days France 2026", "FOSDEM"). */
    boolean namesAnEvent(List<NameRun> runs) {
        for (NameRun r : runs) {
            if (looksLikeEvent(r) && !isBareEventWord(r)) {
                return true;
            }
        }
        return false;
    }

    private int score(NameRun r, List<CueHit> hits, boolean release) {
        if (isOnlyCity(r) || isBareEventWord(r) || r.text().length() <= 2) {
            return 0;
        }
        if (looksLikeEvent(r)) {
            return 3;
        }
        if (release && hasVersion(r)) {
            return 3;
        }
        if (r.from() == 0 && r.words() == 1 && !hasInnerCapital(r.text())) {
            return 0; // an ordinary word capitalized because it starts the sentence
        }
        for (CueHit h : hits) {
            if (h.kind() == Cue.Kind.EVENT || h.kind() == Cue.Kind.GENERIC || h.kind() == Cue.Kind.DEADLINE) {
                boolean cueAfter = h.from() >= r.to();
                int gap = cueAfter ? h.from() - r.to() : r.from() - h.to();
                if (gap >= 0 && gap <= (cueAfter ? NEAR_AFTER : NEAR_BEFORE)) {
                    return 1;
                }
            }
        }
        return 0;
    }

    /** "Sommet", "Conference": a common noun, not a name. */
    private static boolean isBareEventWord(NameRun r) {
        return r.words() == 1 && COMMON_EVENT_NOUNS.contains(TextFold.fold(r.text()));
    }

    private static boolean hasInnerCapital(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isOnlyCity(NameRun r) {
        String city = cities.cityIn(r.text());
        return city != null && TextFold.fold(r.text()).length() <= TextFold.fold(city).length() + 1;
    }

    private static boolean looksLikeEvent(NameRun r) {
        String f = TextFold.fold(r.text());
        int start = 0;
        for (int i = 0; i <= f.length(); i++) {
            if (i == f.length() || f.charAt(i) == ' ' || f.charAt(i) == '-' || f.charAt(i) == '.') {
                if (i > start) {
                    String w = f.substring(start, i);
                    if (EVENT_WORDS.contains(w) || (w.length() >= 5 && (w.endsWith("con") || w.endsWith("camp")
                            || w.endsWith("days") || w.endsWith("conf") || w.endsWith("fest")))) {
                        return true;
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean hasVersion(NameRun r) {
        String t = r.text();
        int sp = t.lastIndexOf(' ');
        return sp > 0 && sp + 1 < t.length() && Character.isDigit(t.charAt(sp + 1));
    }
}
