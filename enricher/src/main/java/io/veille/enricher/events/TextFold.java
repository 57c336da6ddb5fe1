package io.veille.enricher.events;

/**
 * Folds text for matching: lower case, Latin accents removed, apostrophes and dashes unified.
 * The folded string always has the same length as the input, so offsets found in the folded
 * form are offsets in the original text.
 */
final class TextFold {
    /** {@link #foldChar} of every char below U+2400 (Latin letters, punctuation, dashes, spaces), looked up. */
    private static final char[] TABLE = new char[0x2400];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = computeFold(c);
        }
    }

    private TextFold() {
    }

    /** The folded form of {@code s}, same length, one char for one char. */
    static String fold(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(out[i]);
        }
        return new String(out);
    }

    static char foldChar(char c) {
        return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
    }

    private static char computeFold(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        switch (c) {
            case 'à': case 'â': case 'ä': case 'á': case 'ã': case 'å':
            case 'À': case 'Â': case 'Ä': case 'Á': case 'Ã': case 'Å':
                return 'a';
            case 'é': case 'è': case 'ê': case 'ë': case 'É': case 'È': case 'Ê': case 'Ë':
                return 'e';
            case 'î': case 'ï': case 'í': case 'ì': case 'Î': case 'Ï': case 'Í': case 'Ì':
                return 'i';
            case 'ô': case 'ö': case 'ó': case 'ò': case 'õ': case 'Ô': case 'Ö': case 'Ó': case 'Ò': case 'Õ':
            case 'œ': case 'Œ': case 'ø': case 'Ø':
                return 'o';
            case 'ù': case 'û': case 'ü': case 'ú': case 'Ù': case 'Û': case 'Ü': case 'Ú':
                return 'u';
            case 'ç': case 'Ç':
                return 'c';
            case 'ñ': case 'Ñ':
                return 'n';
            case 'ÿ': case 'Ÿ': case 'ý': case 'Ý':
                return 'y';
            case 'ß':
                return 's';
            case 'æ': case 'Æ':
                return 'a';
            case '\u2019': case '\u2018': case '\u02bc':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
                return '-';
            case '\u00a0': case '\u202f': case '\u2009':
                return ' ';
            default:
                return Character.toLowerCase(c);
        }
    }

    /** True for a letter or a digit: what a word is made of. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
