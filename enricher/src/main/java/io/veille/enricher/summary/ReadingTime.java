package io.veille.enricher.summary;

/** Reading time of a text, at {@value #WORDS_PER_MINUTE} words a minute, rounded up, at least one minute. */
public final class ReadingTime {
    static final int WORDS_PER_MINUTE = 220;

    private ReadingTime() {
    }

    /** Minutes to read {@code text}: 0 for an empty text, else at least 1. */
    public static int minutes(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) { // cheaper to walk than a UTF-16 string
            boolean letter = c > ' ' ? c != '\u00a0' && (c < '\u2000' || !Character.isWhitespace(c)) : false;
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
