package io.veille.enricher.tagging;

import java.util.Arrays;

/**
 * The words of a text as {@link TermAnalyzers}' tokenizer cuts them, found once and shared by every analysis
 * chain an article goes through: runs of letters, digits and apostrophes, at most
 * {@value #MAX_WORD_LENGTH} chars (longer runs are cut, as Lucene's {@code CharTokenizer} does). Words are
 * offsets into one char array: no string is made per word.
 */
final class Words {
    /** Lucene's {@code CharTokenizer} default maximum token length. */
    static final int MAX_WORD_LENGTH = 255;

    final char[] chars;
    int[] starts;
    int[] lengths;
    int count;

    private Words(char[] chars) {
        this.chars = chars;
        int capacity = Math.max(16, chars.length / 5);
        this.starts = new int[capacity];
        this.lengths = new int[capacity];
    }

    /** What a word is made of: the same predicate as {@link TermAnalyzers}' tokenizer. */
    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '\'' || codePoint == '’';
    }

    /** {@link #isWordChar(int)} of every char below {@value #TABLE_SIZE}: a lookup for Latin text. */
    private static final int TABLE_SIZE = 0x250;
    private static final boolean[] WORD_CHAR = new boolean[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            WORD_CHAR[c] = isWordChar(c);
        }
    }

    /** The words of {@code text} (null or empty: none). */
    static Words of(String text) {
        Words words = new Words(text == null ? new char[0] : text.toCharArray());
        char[] chars = words.chars;
        int start = -1;
        for (int i = 0; i < chars.length; ) {
            char ch = chars[i];
            int c = ch < TABLE_SIZE ? ch : Character.codePointAt(chars, i);
            int width = ch < TABLE_SIZE ? 1 : Character.charCount(c);
            if (!(c < TABLE_SIZE ? WORD_CHAR[c] : isWordChar(c))) {
                if (start >= 0) {
                    words.add(start, i);
                    start = -1;
                }
                i += width;
                continue;
            }
            if (start < 0) {
                start = i;
            }
            i += width;
            if (i - start >= MAX_WORD_LENGTH) {
                words.add(start, i);
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(start, chars.length);
        }
        return words;
    }

    private void add(int from, int to) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        starts[count] = from;
        lengths[count++] = to - from;
    }
}
