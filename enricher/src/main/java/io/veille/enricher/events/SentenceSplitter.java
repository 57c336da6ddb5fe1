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

    /** The sentences of {@code text}, trimmed, in order, never empty strings. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int start = 0;
        char[] chars = text.toCharArray(); // cheaper to walk than a UTF-16 string
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c > '?' && c != '…') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                add(out, text, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && i + 1 < n
                    && Character.isWhitespace(chars[i + 1])) {
                int j = i + 1;
                while (j < n && (chars[j] == ' ' || chars[j] == '\u00a0' || chars[j] == '\t')) {
                    j++;
                }
                if (j >= n) {
                    continue;
                }
                char next = chars[j];
                boolean opener = Character.isUpperCase(next) || Character.isDigit(next)
                        || next == '«' || next == '"' || next == '“' || next == '(' || next == '\n';
                if (opener && !(c == '.' && endsWithAbbreviation(text, start, i))) {
                    add(out, text, start, i + 1);
                    start = j;
                    i = j - 1;
                }
            }
        }
        add(out, text, start, n);
        return out;
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
