package io.veille.enricher.text;

import java.text.Normalizer;

/** Case and accent folding of Latin text, one character at a time, without allocation: {@code É → e}, {@code ç → c}. */
public final class Fold {
    private static final char[] TABLE = new char[0x250];
    private static final boolean[] WORD = new boolean[0x250];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            char folded = base.length() == 1 ? base.charAt(0) : c;
            TABLE[c] = Character.toLowerCase(folded);
            WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private Fold() {
    }

    /** The lower-case, unaccented form of {@code c} (other scripts are only lower-cased). */
    public static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }

    /** Whether {@code c} is a letter or a digit (a table lookup for Latin text). */
    public static boolean isWordChar(char c) {
        return c < WORD.length ? WORD[c] : Character.isLetterOrDigit(c);
    }

    /** {@link #fold(char)} applied to every character. */
    public static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }
}
