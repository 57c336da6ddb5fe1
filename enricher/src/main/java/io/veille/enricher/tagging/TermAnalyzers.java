package io.veille.enricher.tagging;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lucene analysis chains that taxonomy terms and article text both go through, so that inflected and
 * accented forms meet: French (elision, lower case, stop words, light stemming, accent folding: <i>les
 * souverainetés</i> and <i>souveraineté</i> give the same token) and English (possessives, lower case,
 * stop words, Porter stemming, accent folding). Thread-safe.
 */
public final class TermAnalyzers {
    private final Analyzer french = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = words();
            TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, FrenchAnalyzer.getDefaultStopSet());
            s = new FrenchLightStemFilter(s);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    private final Analyzer english = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = words();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            s = new PorterStemFilter(s);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    /**
     * Words are runs of letters and digits, apostrophes kept inside them for the elision and possessive
     * filters. Much faster than Lucene's Unicode (UAX#29) tokenizer, and taxonomy terms, split the same way,
     * still meet the text: "open-source" and "open source" give the same tokens, "CI/CD" gives "ci cd".
     */
    private static Tokenizer words() {
        return CharTokenizer.fromTokenCharPredicate(c -> Character.isLetterOrDigit(c) || c == '\'' || c == '’');
    }

    /**
     * For English terms looked for in French text: lower case and accent folding only. French articles cite
     * English jargon (<i>open source</i>, <i>platform engineering</i>) in its base form, so stemming it is
     * not worth a second full analysis of the text.
     */
    private final Analyzer plain = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = words();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    /** French terms, French text. */
    public static final String FRENCH = "fr";
    /** English terms, text in any language but French. */
    public static final String ENGLISH = "en";
    /** English terms, French text. */
    public static final String ENGLISH_IN_FRENCH = "en-in-fr";
    /** Every analysis chain. */
    public static final List<String> CHAINS = List.of(FRENCH, ENGLISH, ENGLISH_IN_FRENCH);

    /** The chains an article of {@code language} is analyzed with. */
    public static List<String> chainsFor(String language) {
        return "fr".equals(language) ? List.of(FRENCH, ENGLISH_IN_FRENCH) : List.of(ENGLISH);
    }

    /** The chains a taxonomy term of {@code language} is analyzed with ({@code fr}: French; any other: English). */
    public static List<String> chainsForTerms(String language) {
        return "fr".equals(language) ? List.of(FRENCH) : List.of(ENGLISH, ENGLISH_IN_FRENCH);
    }

    private Analyzer analyzer(String chain) {
        return switch (chain) {
            case FRENCH -> french;
            case ENGLISH_IN_FRENCH -> plain;
            default -> english;
        };
    }

    /**
     * The tokens of {@code text}, analyzed by {@code chain}, as numbers: each token's value in {@code vocabulary}, or -1 for a token
     * that is not in it. Allocates no string per token.
     */
    public int[] ids(String chain, String text, CharArrayMap<Integer> vocabulary) {
        if (text == null || text.isEmpty()) {
            return new int[0];
        }
        Analyzer analyzer = analyzer(chain);
        int[] ids = new int[Math.max(16, text.length() / 5)];
        int n = 0;
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                Integer id = vocabulary.get(term.buffer(), 0, term.length());
                if (n == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = id == null ? -1 : id;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Arrays.copyOf(ids, n);
    }

    /** The tokens of {@code text} as {@code chain} (a language code, or one of {@link #CHAINS}) produces them, in order. */
    public String[] analyze(String language, String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        Analyzer analyzer = analyzer(language);
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens.toArray(new String[0]);
    }
}
