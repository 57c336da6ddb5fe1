package io.veille.enricher.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a text into sentences: at {@code . ! ?} followed by a space and a capital, a digit or a quote,
 * and at line breaks. Does not cut after common abbreviations ("Feb.", "janv.", "M.", "e.g.") nor
 * inside numbers ("3.12.4").
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "janv", "fevr", "fev", "avr", "juil", "m", "mm", "mme", "dr", "st", "mr", "mrs", "ms", "vs",
            "e.g", "i.e", "etc", "inc", "no", "n°", "p", "cf", "ex");

    private SentenceSplitter() {
    }

    /** The chars a sentence can end at: line breaks and final punctuation. */
    private static final char[] MARKS = {'\n', '\r', '.', '!', '?', '…'};

    /** The sentences of {@code text}, trimmed, in order, never empty strings. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int n = text.length();
        // the next place of each mark, found by String.indexOf (vectorized): walking every char and branching
        // on it cost more than the rest of the splitting, the branch being unpredictable
        int[] next = new int[MARKS.length];
        for (int k = 0; k < MARKS.length; k++) {
            next[k] = indexOf(text, MARKS[k], 0);
        }
        int start = 0;
        int i;
        while ((i = min(next)) < n) {
            char c = text.charAt(i);
            int resume = i + 1;
            if (c == '\n' || c == '\r') {
                add(out, text, start, i);
                start = i + 1;
            } else if (i + 1 < n && Character.isWhitespace(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j < n) {
                    char after = text.charAt(j);
                    boolean opener = Character.isUpperCase(after) || Character.isDigit(after)
                            || after == '«' || after == '"' || after == '“' || after == '(' || after == '\n';
                    if (opener && !(c == '.' && endsWithAbbreviation(text, start, i))) {
                        add(out, text, start, i + 1);
                        start = j;
                        resume = j;
                    }
                }
            }
            for (int k = 0; k < MARKS.length; k++) {
                if (next[k] < resume) {
                    next[k] = indexOf(text, MARKS[k], resume);
                }
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static int indexOf(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    private static int min(int[] values) {
        int m = values[0];
        for (int k = 1; k < values.length; k++) {
            m = Math.min(m, values[k]);
        }
        return m;
    }

    private static boolean endsWithAbbreviation(String text, int from, int dot) {
        int k = dot;
        while (k > from && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        if (k == dot || dot - k > 5) {
            return false; // no abbreviation is that long: most sentences end here, cheaply
        }
        String word = TextFold.fold(text.substring(k, dot));
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<String> out, String text, int from, int to) {
        String s = text.substring(from, to).trim();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
