package io.veille.enricher.story;

import io.veille.enricher.text.Fold;

/**
 * Gives near-duplicate articles (the same news told by several feeds, syndicated copies, lightly edited
 * reposts) the same story id, computed from the text alone, so that it does not depend on which article
 * arrived first.
 *
 * <p>Method (MinHash over word shingles, one band of one row):
 * <ol>
 *   <li>normalize the text: accents folded, lower case, words are runs of letters and digits;</li>
 *   <li>take the set of word {@value #SHINGLE}-shingles (overlapping runs of {@value #SHINGLE} words), each
 *       hashed to 64 bits from the hashes of its words;</li>
 *   <li>keep the least shingle hash under a seeded mixing function (the MinHash of the set);</li>
 *   <li>the story id is {@code s-} plus that minimum in hex.</li>
 * </ol>
 * Two texts whose shingle sets have Jaccard similarity J get the same id with probability J (a repost with a
 * signature line added: J ≈ 0.9; unrelated texts sharing one shingle in a hundred: 0.01). Texts too short to
 * shingle get a hash of their normalized words. The Streams part can refine this with more bands and a
 * store; this function alone is what makes the id independent of arrival order. Thread-safe, stateless.
 */
public final class StoryId {
    static final int SHINGLE = 4; // a power of two: the window is indexed by masking
    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long PRIME = 0x100000001b3L;

    private StoryId() {
    }

    /** The story id of an article body, or null for a text without words. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        long[] window = new long[SHINGLE];
        int words = 0;
        long min = -1L; // unsigned maximum
        long all = SEED;
        long word = 0xcbf29ce484222325L;
        boolean inWord = false;
        char[] chars = text.toCharArray(); // cheaper to walk than a UTF-16 string
        for (int i = 0, n = chars.length; i <= n; i++) {
            char c = i < n ? Fold.fold(chars[i]) : ' ';
            if (Fold.isWordChar(c)) {
                word = (word ^ c) * PRIME;
                inWord = true;
                continue;
            }
            if (!inWord) {
                continue;
            }
            long w = mix(word);
            window[words & (SHINGLE - 1)] = w;
            words++;
            if (words < SHINGLE) {
                all = mix(all ^ w) * PRIME; // the id of a text too short to shingle: only ever read then
            } else {
                long shingle = SEED;
                for (int k = words - SHINGLE; k < words; k++) {
                    shingle = (shingle ^ window[k & (SHINGLE - 1)]) * PRIME;
                }
                long h = mix(shingle ^ SEED);
                if (Long.compareUnsigned(h, min) < 0) {
                    min = h;
                }
            }
            word = 0xcbf29ce484222325L;
            inWord = false;
        }
        if (words == 0) {
            return null;
        }
        String hex = Long.toHexString(words < SHINGLE ? mix(all) : min);
        return "s-" + "0".repeat(16 - hex.length()) + hex;
    }

    /** The finalizer of SplitMix64: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
