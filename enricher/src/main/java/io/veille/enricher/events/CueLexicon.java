package io.veille.enricher.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The words and phrases that tell what a dated sentence announces, read from a tab-separated data file
 * ({@code event-cues.tsv}: kind, type, phrase). Finds them in folded text, word-aligned, the longest cue
 * winning where two overlap ("appel à conférences" is a call for papers, not a conference).
 * Immutable and thread-safe once built.
 */
final class CueLexicon {
    static final String DEFAULT_RESOURCE = "/io/veille/enricher/events/event-cues.tsv";

    /**
     * Cues of the sentence body, by the first two (ASCII, folded) chars of their phrase, then by the third
     * (index 0 for two-char phrases), so that a word is compared with a handful of cues at most.
     */
    @SuppressWarnings("unchecked")
    private final List<Cue>[][] byKey = new List[128 * 128][];
    /** Phrases that, right before a date, make it a past starting point or an end. */
    private final List<Cue> before = new ArrayList<>();

    private CueLexicon(List<Cue> cues) {
        for (Cue c : cues) {
            if (c.kind() == Cue.Kind.SINCE || c.kind() == Cue.Kind.UNTIL) {
                before.add(c);
            } else {
                int k = key(c.phrase(), 0);
                if (k < 0) {
                    throw new IllegalArgumentException("event cue must start with two ASCII chars once folded: " + c.phrase());
                }
                if (byKey[k] == null) {
                    byKey[k] = new List[128];
                }
                int third = third(c.phrase(), 0);
                if (byKey[k][third] == null) {
                    byKey[k][third] = new ArrayList<>(4);
                }
                byKey[k][third].add(c);
            }
        }
        // longest first, so that a bucket scan finds the longest phrase first
        for (List<Cue>[] buckets : byKey) {
            if (buckets != null) {
                for (List<Cue> bucket : buckets) {
                    if (bucket != null) {
                        bucket.sort((a, b) -> b.phrase().length() - a.phrase().length());
                    }
                }
            }
        }
        before.sort((a, b) -> b.phrase().length() - a.phrase().length());
    }

    /** The lexicon bundled with Veille. */
    static CueLexicon bundled() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a lexicon: one {@code kind<TAB>type<TAB>phrase} a line, {@code #} comments. */
    static CueLexicon read(InputStream in) throws IOException {
        List<Cue> cues = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[2].isBlank()) {
                throw new IllegalArgumentException("event cues line " + n + ": expected kind<TAB>type<TAB>phrase");
            }
            String phrase = TextFold.fold(f[2].trim());
            boolean prefix = phrase.endsWith("*");
            if (prefix) {
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            cues.add(new Cue(Cue.Kind.valueOf(f[0].trim().toUpperCase(Locale.ROOT)), f[1].trim(), phrase, prefix));
        }
        return new CueLexicon(cues);
    }

    /** The cues found in {@code folded} text, in order, overlaps resolved for the longest. */
    List<CueHit> find(String folded) {
        List<CueHit> hits = null;
        int n = folded.length();
        int lastEnd = 0;
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (!TextFold.isWordChar(c) || (i > 0 && TextFold.isWordChar(folded.charAt(i - 1))) || i + 1 >= n) {
                continue;
            }
            if (i < lastEnd) {
                continue;
            }
            int k = key(folded, i);
            List<Cue>[] buckets = k < 0 ? null : byKey[k];
            if (buckets == null) {
                continue;
            }
            CueHit hit = firstMatch(folded, i, buckets[third(folded, i)]);
            CueHit shorter = firstMatch(folded, i, buckets[0]);
            if (hit == null || (shorter != null && shorter.to() > hit.to())) {
                hit = shorter;
            }
            if (hit != null) {
                if (hits == null) {
                    hits = new ArrayList<>(4);
                }
                hits.add(hit);
                lastEnd = hit.to();
            }
        }
        return hits == null ? Collections.emptyList() : hits;
    }

    /**
     * The SINCE or UNTIL cue that the text before offset {@code end} finishes with, allowing one filler word
     * ("le", "the", "on") between the cue and the date; null when there is none.
     */
    Cue.Kind beforeCue(String folded, int end) {
        int e = skipBack(folded, end);
        Cue.Kind k = beforeCueAt(folded, e);
        if (k != null) {
            return k;
        }
        for (String filler : FILLERS) {
            if (endsWithPhrase(folded, e, filler)) {
                return beforeCueAt(folded, skipBack(folded, e - filler.length()));
            }
        }
        return null;
    }

    private static final String[] FILLERS = {"le", "the", "on", "l", "au", "du", "of"};

    private Cue.Kind beforeCueAt(String folded, int e) {
        for (Cue c : before) {
            if (endsWithPhrase(folded, e, c.phrase())) {
                return c.kind();
            }
        }
        return null;
    }

    private static int skipBack(String s, int e) {
        while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == ',' || s.charAt(e - 1) == '\'')) {
            e--;
        }
        return e;
    }

    private static boolean endsWithPhrase(String s, int end, String phrase) {
        int start = end - phrase.length();
        return start >= 0 && s.startsWith(phrase, start) && (start == 0 || !TextFold.isWordChar(s.charAt(start - 1)));
    }

    private static int matchAt(String s, int i, Cue cue) {
        String p = cue.phrase();
        if (!s.startsWith(p, i)) {
            return -1;
        }
        int end = i + p.length();
        if (cue.prefix()) {
            while (end < s.length() && TextFold.isWordChar(s.charAt(end))) {
                end++;
            }
            return end;
        }
        return (end == s.length() || !TextFold.isWordChar(s.charAt(end))) ? end : -1;
    }

    private static CueHit firstMatch(String folded, int i, List<Cue> bucket) {
        if (bucket != null) {
            for (Cue cue : bucket) {
                int end = matchAt(folded, i, cue);
                if (end > 0) {
                    return new CueHit(cue, i, end);
                }
            }
        }
        return null;
    }

    /** The sub-bucket of the third char at {@code i}: 1..127, or 0 when there is none or it is not ASCII. */
    private static int third(String s, int i) {
        if (i + 2 >= s.length()) {
            return 0;
        }
        char c = s.charAt(i + 2);
        return c > 0 && c < 128 ? c : 0;
    }

    /** The bucket of the two chars at {@code i}, or -1 when they are not both ASCII. */
    private static int key(String s, int i) {
        if (i + 1 >= s.length()) {
            return -1;
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        return (a < 128 && b < 128) ? a * 128 + b : -1;
    }
}
