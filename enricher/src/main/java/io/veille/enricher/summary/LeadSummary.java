package io.veille.enricher.summary;

/**
 * A short plain-text summary: the lead of the article, as many whole sentences as fit in
 * {@value #DEFAULT_MAX} characters, whitespace collapsed. When the first sentence alone is longer, it is cut
 * at a word boundary and ends with "…".
 *
 * <p>A sentence ends at {@code . ! ? …} (optionally followed by a closing quote or bracket) followed by a
 * space, unless the word before a period is a single capital or a common abbreviation ({@code M.},
 * {@code Mr.}, {@code e.g.}). Only the first few hundred characters are read. Thread-safe.
 */
public final class LeadSummary {
    static final int DEFAULT_MAX = 280;
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "mr", "mrs", "ms", "jr", "sr", "vs", "etc",
            "e.g", "i.e", "cf", "p", "no", "n°", "inc", "ltd", "corp", "co", "av", "env", "ex", "vol", "fig");

    private LeadSummary() {
    }

    public static String of(String text, String language) {
        return of(text, language, DEFAULT_MAX);
    }

    public static String of(String text, String language, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // collapse whitespace over a bounded prefix only
        StringBuilder flat = new StringBuilder(Math.min(text.length(), max + 64));
        boolean space = false;
        for (int i = 0; i < text.length() && flat.length() <= max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = flat.length() > 0;
            } else {
                if (space) {
                    flat.append(' ');
                    space = false;
                }
                flat.append(c);
            }
        }
        if (flat.length() <= max) {
            return flat.toString();
        }
        int end = 0;
        for (int i = 0; i < max; i++) {
            if (isSentenceEnd(flat, i)) {
                int stop = i + 1;
                while (stop < flat.length() && isCloser(flat.charAt(stop))) {
                    stop++;
                }
                if (stop <= max && (stop == flat.length() || flat.charAt(stop) == ' ')) {
                    end = stop;
                }
            }
        }
        if (end > 0) {
            return flat.substring(0, end);
        }
        int cut = flat.lastIndexOf(" ", max - 1);
        return flat.substring(0, cut > 0 ? cut : max - 1).strip() + "…";
    }

    private static boolean isSentenceEnd(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c == '!' || c == '?' || c == '…') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int start = i;
        while (start > 0 && s.charAt(start - 1) != ' ') {
            start--;
        }
        String word = s.subSequence(start, i).toString().toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(s.charAt(start))) {
            return false; // an initial: "J. Dupont"
        }
        return !ABBREVIATIONS.contains(word);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '»' || c == '”' || c == '\'' || c == ')' || c == ']';
    }
}
