package io.veille.enricher.story;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives near-duplicate articles (the same news told by several feeds, syndicated copies, lightly edited
 * reposts) the same story id, computed from the text alone, so that it does not depend on which article
 * arrived first.
 *
 * <p>Method (MinHash over word shingles, one band):
 * <ol>
 *   <li>normalize the text: accents folded, lower case, every run of non-letters and non-digits a space;</li>
 *   <li>take the set of word {@value #SHINGLE}-shingles (overlapping runs of {@value #SHINGLE} words);</li>
 *   <li>for each of {@value #ROWS} seeded 64-bit hash functions, keep the least hash over the set
 *       (the MinHash signature);</li>
 *   <li>the story id is {@code s-} plus the hex of a hash of those {@value #ROWS} minima.</li>
 * </ol>
 * Two texts whose shingle sets have Jaccard similarity J get the same id with probability J^{@value #ROWS}
 * (0.81 for J = 0.9, under 0.0001 for unrelated texts that share one shingle in a hundred). Texts too short
 * to shingle fall back to a hash of their normalized words. Thread-safe, stateless.
 */
public final class StoryId {
    static final int SHINGLE = 4;
    static final int ROWS = 2;
    private static final long[] SEEDS = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL};

    private StoryId() {
    }

    /** The story id of an article body (the title is left out: feeds rewrite titles more than bodies). */
    public static String of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        long[] minima = new long[ROWS];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        if (words.size() < SHINGLE) {
            long h = hash(String.join(" ", words), SEEDS[0]);
            return "s-" + hex(h);
        }
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingle.setLength(0);
            for (int k = 0; k < SHINGLE; k++) {
                shingle.append(words.get(i + k)).append(' ');
            }
            String s = shingle.toString();
            for (int r = 0; r < ROWS; r++) {
                long h = hash(s, SEEDS[r]);
                if (Long.compareUnsigned(h, minima[r]) < 0) {
                    minima[r] = h;
                }
            }
        }
        long band = SEEDS[0];
        for (long m : minima) {
            band = mix(band ^ m);
        }
        return "s-" + hex(band);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** 64-bit FNV-1a over UTF-8, seeded, finished with a mixer. */
    private static long hash(String s, long seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finalizer of SplitMix64: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String hex(long v) {
        return String.format("%016x", v);
    }
}
