package io.veille.enricher.tagging;

import org.apache.lucene.analysis.CharArrayMap;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@link Words} of an article into vocabulary numbers through the analysis chains of its language,
 * analyzing each distinct word once per chain and thread and remembering the result.
 *
 * <p>Every filter of {@link TermAnalyzers}' chains works on one token at a time (elision, possessives, lower
 * case, stop words, stemming, accent folding), so a text's tokens are the analyses of its words, one by one:
 * the numbers are exactly those of {@link TermAnalyzers#ids} over the whole text, for a fraction of the cost,
 * since an article's words are mostly words seen before; and a word is looked up once for all the chains
 * it goes through. Thread-safe: each thread keeps its own memory of at most {@value #MAX_REMEMBERED} words,
 * forgotten all at once when full.
 */
final class WordIds {
    static final int MAX_REMEMBERED = 50_000;
    private static final int[] NO_IDS = new int[0];

    private final TermAnalyzers analyzers;
    /** chain → its vocabulary: token → number. */
    private final Map<String, CharArrayMap<Integer>> vocabularies;
    /** word, as written → for each of {@link TermAnalyzers#CHAINS} (null until needed), the numbers of its tokens
     * (usually one; none for a stop word; -1 for a token not in the vocabulary). */
    private final ThreadLocal<CharArrayMap<int[][]>> remembered =
            ThreadLocal.withInitial(() -> new CharArrayMap<>(4096, false));

    WordIds(TermAnalyzers analyzers, Map<String, CharArrayMap<Integer>> vocabularies) {
        this.analyzers = analyzers;
        this.vocabularies = vocabularies;
    }

    /** For each of {@code chains}, the numbers of the tokens of {@code words}, in order. */
    int[][] ids(Words words, List<String> chains) {
        CharArrayMap<int[][]> known = remembered.get();
        if (known.size() > MAX_REMEMBERED) {
            known.clear();
        }
        int[] slots = new int[chains.size()];
        for (int c = 0; c < slots.length; c++) {
            slots[c] = TermAnalyzers.CHAINS.indexOf(chains.get(c));
        }
        int[][] out = new int[chains.size()][words.count];
        int[] n = new int[chains.size()];
        for (int w = 0; w < words.count; w++) {
            int[][] analyses = known.get(words.chars, words.starts[w], words.lengths[w]);
            if (analyses == null) {
                analyses = new int[TermAnalyzers.CHAINS.size()][];
                known.put(Arrays.copyOfRange(words.chars, words.starts[w], words.starts[w] + words.lengths[w]), analyses);
            }
            for (int c = 0; c < slots.length; c++) {
                int[] ids = analyses[slots[c]];
                if (ids == null) {
                    ids = analyze(chains.get(c), words, w);
                    analyses[slots[c]] = ids;
                }
                if (ids.length == 1) {
                    out[c][n[c]++] = ids[0];
                } else if (ids.length > 1) {
                    out[c] = Arrays.copyOf(out[c], out[c].length + ids.length);
                    System.arraycopy(ids, 0, out[c], n[c], ids.length);
                    n[c] += ids.length;
                }
            }
        }
        for (int c = 0; c < out.length; c++) {
            if (n[c] < out[c].length) {
                out[c] = Arrays.copyOf(out[c], n[c]);
            }
        }
        return out;
    }

    private int[] analyze(String chain, Words words, int w) {
        CharArrayMap<Integer> vocabulary = vocabularies.get(chain);
        if (vocabulary == null) {
            return NO_IDS;
        }
        int[] ids = analyzers.ids(chain, new String(words.chars, words.starts[w], words.lengths[w]), vocabulary);
        return ids.length == 0 ? NO_IDS : ids;
    }
}
