package io.veille.enricher.tagging;

import io.veille.enricher.devset.DevArticle;
import io.veille.enricher.devset.DevSet;
import org.apache.lucene.analysis.CharArrayMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordIdsTest {
    private final TermAnalyzers analyzers = new TermAnalyzers();

    /** A vocabulary of every other distinct token the chain gives for the texts, so that some are unknown. */
    private CharArrayMap<Integer> vocabulary(String chain, List<String> texts) {
        CharArrayMap<Integer> vocabulary = new CharArrayMap<>(1024, false);
        int seen = 0;
        for (String text : texts) {
            for (String token : analyzers.analyze(chain, text)) {
                if (!vocabulary.containsKey(token) && seen++ % 2 == 0) {
                    vocabulary.put(token, vocabulary.size());
                }
            }
        }
        return vocabulary;
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "L'Europe et l'IA : l’ANSSI s'inquiète d'une faille, aujourd'hui.",
                "The EU's regulators' fines: Kubernetes' CVE-2026-1234 isn't patched; CI/CD, open-source.",
                "x".repeat(600) + " après " + "é".repeat(300),
                "Emoji 😀 and 𝐦𝐚𝐭𝐡 letters, l' alone, ' quote, ’s, l'",
                "ÉTÉ À PARIS, Œuvre, straße, naïve café",
                ""));
        for (DevArticle a : DevSet.all()) {
            texts.add(a.title());
            texts.add(a.text());
        }
        return texts;
    }

    @Test
    void numbersEachWordLikeTheLuceneChainOverTheWholeText() {
        List<String> texts = texts();
        Map<String, CharArrayMap<Integer>> vocabularies = new HashMap<>();
        for (String chain : TermAnalyzers.CHAINS) {
            vocabularies.put(chain, vocabulary(chain, texts));
        }
        WordIds ids = new WordIds(analyzers, vocabularies);
        for (List<String> chains : List.of(List.of("en"), List.of("fr", "en-in-fr"), TermAnalyzers.CHAINS)) {
            for (int round = 0; round < 2; round++) { // the second round reads remembered words
                for (String text : texts) {
                    int[][] got = ids.ids(Words.of(text), chains);
                    for (int c = 0; c < chains.size(); c++) {
                        String chain = chains.get(c);
                        assertThat(got[c])
                                .as("%s: %s", chain, text.length() > 60 ? text.substring(0, 60) : text)
                                .containsExactly(analyzers.ids(chain, text, vocabularies.get(chain)));
                    }
                }
            }
        }
    }

    @Test
    void cutsWordsLongerThanTheTokenizerLimitLikeLucene() {
        Words words = Words.of("a".repeat(Words.MAX_WORD_LENGTH * 2 + 3));
        assertThat(words.count).isEqualTo(3);
        assertThat(words.lengths[0]).isEqualTo(Words.MAX_WORD_LENGTH);
        assertThat(words.lengths[2]).isEqualTo(3);
    }

    @Test
    void nullOrEmptyTextHasNoWords() {
        assertThat(Words.of(null).count).isZero();
        assertThat(Words.of("").count).isZero();
        assertThat(Words.of(" ,;. ").count).isZero();
    }
}
