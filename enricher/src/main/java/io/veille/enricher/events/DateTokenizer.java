package io.veille.enricher.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a sentence into the tokens dates are made of: numbers (with their ordinal suffix: 1er, 3rd,
 * 21st), month and weekday names in French and English (full or abbreviated), whole numeric dates
 * ({@code 2026-02-03}, {@code 2026/02/03}, {@code 03/02/2026}, {@code 15.06.2026}, day first; {@code 12/03} right after
 * "le", "du", "au", "jusqu'au", "on", "by" or a weekday), dashes, commas and other words.
 * Stateless and thread-safe.
 */
final class DateTokenizer {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Set<String> WEEKDAYS = Set.of(
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    /** English month words that are also ordinary words: only months when capitalized. */
    private static final Set<String> NEEDS_CAPITAL = Set.of("may", "march", "mar", "jan", "sun", "sat", "wed", "mon");
    /** The longest month, weekday or connector word ("septembre", "wednesday"). */
    private static final int MAX_USEFUL_WORD = 9;
    private static final Set<String> ORDINALS = Set.of("er", "re", "e", "eme", "st", "nd", "rd", "th");

    static {
        String[][] names = {
                {"janvier", "janv", "january", "jan"},
                {"fevrier", "fevr", "fev", "february", "feb"},
                {"mars", "march", "mar"},
                {"avril", "avr", "april", "apr"},
                {"mai", "may"},
                {"juin", "june", "jun"},
                {"juillet", "juil", "july", "jul"},
                {"aout", "august", "aug"},
                {"septembre", "sept", "september", "sep"},
                {"octobre", "october", "oct"},
                {"novembre", "november", "nov"},
                {"decembre", "december", "dec"}};
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                MONTHS.put(name, m + 1);
            }
        }
    }

    /** Connector words the recognizer looks at (see {@link DateExpressionRecognizer}). */
    private static final String[] CONNECTORS = {
            "au", "to", "through", "thru", "until", "till", "jusqu", "et", "and", "of", "le", "the", "l", "a",
            "between", "entre", "du", "from", "on", "avant", "by"};
    /** Words after which "12/03" (no year) is read as a date, day first. */
    private static final Set<String> BEFORE_SHORT_DATE = Set.of(
            "le", "du", "au", "jusqu", "avant", "on", "by", "until", "till", "through", "from", "to");
    /** Every word with a meaning here, by length and first letter, to be found without allocating. */
    private static final String[][] KNOWN = new String[(MAX_USEFUL_WORD + 1) * 26][];

    static {
        java.util.Map<Integer, java.util.List<String>> buckets = new HashMap<>();
        java.util.Set<String> all = new java.util.HashSet<>(MONTHS.keySet());
        all.addAll(WEEKDAYS);
        all.addAll(java.util.Arrays.asList(CONNECTORS));
        for (String w : all) {
            buckets.computeIfAbsent(bucket(w.length(), w.charAt(0)), k -> new java.util.ArrayList<>()).add(w);
        }
        buckets.forEach((k, v) -> KNOWN[k] = v.toArray(new String[0]));
    }

    private static int bucket(int length, char first) {
        return length * 26 + (first - 'a');
    }

    /** The known word spelled by folded[i, j), or null. */
    private static String known(String folded, int i, int j) {
        char first = folded.charAt(i);
        if (first < 'a' || first > 'z') {
            return null;
        }
        String[] candidates = KNOWN[bucket(j - i, first)];
        if (candidates != null) {
            for (String c : candidates) {
                if (folded.regionMatches(i, c, 0, c.length())) {
                    return c;
                }
            }
        }
        return null;
    }

    private DateTokenizer() {
    }

    /** True when folded[i, j) is a month or weekday name (full or abbreviated). */
    static boolean isCalendarWord(String folded, int i, int j) {
        int end = j > i && folded.charAt(j - 1) == '.' ? j - 1 : j;
        if (end - i > MAX_USEFUL_WORD || end <= i) {
            return false;
        }
        String w = known(folded, i, end);
        return w != null && (MONTHS.containsKey(w) || WEEKDAYS.contains(w));
    }

    /** The month number (1..12) a folded word names, or 0. */
    static int month(String foldedWord) {
        return MONTHS.getOrDefault(foldedWord, 0);
    }

    /** Tokens of {@code sentence}; {@code folded} is {@link TextFold#fold} of it. */
    static List<Token> tokenize(String sentence, String folded) {
        List<Token> out = new ArrayList<>(32);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (c >= '0' && c <= '9') {
                i = number(sentence, folded, i, out);
            } else if (isLetter(c)) {
                int j = i + 1;
                while (j < n && isLetter(folded.charAt(j))) {
                    j++;
                }
                i = word(sentence, folded, i, j, out);
            } else if (c == '-') {
                out.add(new Token(Token.Type.DASH, i, i + 1, null, 0, 0, 0));
                i++;
            } else if (c == ',') {
                out.add(new Token(Token.Type.COMMA, i, i + 1, null, 0, 0, 0));
                i++;
            } else if (c == '&') {
                out.add(new Token(Token.Type.WORD, i, i + 1, "&", 0, 0, 0));
                i++;
            } else if (Character.isWhitespace(c) || c == '\'') {
                i++;
            } else {
                out.add(new Token(Token.Type.OTHER, i, i + 1, null, 0, 0, 0));
                i++;
            }
        }
        return out;
    }

    private static int word(String sentence, String folded, int i, int j, List<Token> out) {
        if (j - i > MAX_USEFUL_WORD) {
            // long words are never months, weekdays or connectors: keep no text for them
            out.add(new Token(Token.Type.WORD, i, j, "", 0, 0, 0));
            return j;
        }
        String w = known(folded, i, j);
        if (w == null) {
            // not a month, weekday or connector: its text never matters
            out.add(new Token(Token.Type.WORD, i, j, "", 0, 0, 0));
            return j;
        }
        int m = MONTHS.getOrDefault(w, 0);
        boolean capital = Character.isUpperCase(sentence.charAt(i));
        if (m > 0 && (capital || !NEEDS_CAPITAL.contains(w))) {
            int end = j;
            if (w.length() <= 5 && j < folded.length() && folded.charAt(j) == '.') {
                end = j + 1; // "Feb.", "janv."
            }
            out.add(new Token(Token.Type.MONTH, i, end, w, m, 0, 0));
            return end;
        }
        if (WEEKDAYS.contains(w) && (capital || !NEEDS_CAPITAL.contains(w))) {
            out.add(new Token(Token.Type.WEEKDAY, i, j, w, 0, 0, 0));
            return j;
        }
        out.add(new Token(Token.Type.WORD, i, j, w, 0, 0, 0));
        return j;
    }

    private static int number(String sentence, String f, int i, List<Token> out) {
        int n = f.length();
        int j = digitsEnd(f, i);
        int len = j - i;
        // 2026-02-03
        if (len == 4 && j + 6 <= n && f.charAt(j) == '-' && digitsEnd(f, j + 1) == j + 3
                && j + 3 < n && f.charAt(j + 3) == '-' && digitsEnd(f, j + 4) == j + 6 && !digitAt(f, j + 6)) {
            out.add(new Token(Token.Type.DATE, i, j + 6, null,
                    parse(f, i, j), parse(f, j + 1, j + 3), parse(f, j + 4, j + 6)));
            return j + 6;
        }
        // 03/02/2026 or 15.06.2026, day first
        if (len <= 2 && j < n && (f.charAt(j) == '/' || f.charAt(j) == '.')) {
            char sep = f.charAt(j);
            int k = digitsEnd(f, j + 1);
            if (k - (j + 1) >= 1 && k - (j + 1) <= 2 && k < n && f.charAt(k) == sep) {
                int y = digitsEnd(f, k + 1);
                if (y - (k + 1) == 4 && !(y + 1 < n && f.charAt(y) == sep && digitAt(f, y + 1))) {
                    int first = parse(f, i, j);
                    int second = parse(f, j + 1, k);
                    int day = first;
                    int month = second;
                    if (second > 12 && first <= 12) {
                        day = second;
                        month = first;
                    }
                    out.add(new Token(Token.Type.DATE, i, y, null, parse(f, k + 1, y), month, day));
                    return y;
                }
            }
        }
        // 2026/02/03
        if (len == 4 && j + 6 <= n && f.charAt(j) == '/' && digitsEnd(f, j + 1) == j + 3
                && f.charAt(j + 3) == '/' && digitsEnd(f, j + 4) == j + 6 && !digitAt(f, j + 6)) {
            out.add(new Token(Token.Type.DATE, i, j + 6, null,
                    parse(f, i, j), parse(f, j + 1, j + 3), parse(f, j + 4, j + 6)));
            return j + 6;
        }
        // "le 12/03", "jusqu'au 3/4": day first, no year, only right after such a word
        if (len <= 2 && j + 1 < n && f.charAt(j) == '/' && !out.isEmpty()) {
            int k = digitsEnd(f, j + 1);
            Token prev = out.get(out.size() - 1);
            boolean after = prev.is(Token.Type.WEEKDAY)
                    || (prev.is(Token.Type.WORD) && BEFORE_SHORT_DATE.contains(prev.text()));
            boolean glued = k < n && (f.charAt(k) == '/' || Character.isLetterOrDigit(f.charAt(k))
                    || (f.charAt(k) == '.' && digitAt(f, k + 1)));
            if (after && k - (j + 1) >= 1 && k - (j + 1) <= 2 && !glued) {
                int day = parse(f, i, j);
                int month = parse(f, j + 1, k);
                if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                    out.add(new Token(Token.Type.DATE, i, k, null, 0, month, day));
                    return k;
                }
            }
        }
        boolean dayLike = true;
        // decimal or thousands part before: "1.36", "12,000"
        if (i >= 2 && (f.charAt(i - 1) == '.' || f.charAt(i - 1) == ',') && digitAt(f, i - 2)) {
            dayLike = false;
        }
        // decimal or thousands part after
        if (j + 1 < n && (f.charAt(j) == '.' || f.charAt(j) == ',') && digitAt(f, j + 1)) {
            dayLike = false;
        }
        int end = j;
        if (j < n && Character.isLetter(f.charAt(j))) {
            int k = j;
            while (k < n && Character.isLetter(f.charAt(k))) {
                k++;
            }
            if (ORDINALS.contains(f.substring(j, k))) {
                end = k;
            } else {
                dayLike = false; // "5G", "100ms", "3D"
                end = k;
            }
        }
        out.add(new Token(Token.Type.NUM, i, end, null, len > 9 ? Integer.MAX_VALUE : parse(f, i, j), len,
                dayLike ? 1 : 0));
        return end;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 127 && Character.isLetter(c));
    }

    private static boolean digitAt(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static int digitsEnd(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        return j;
    }

    private static int parse(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
