package io.veille.enricher.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells which of the languages Veille serves (fr, en, de, es, it, nl, pt) an article is written in,
 * with Lingua's n-gram models, and how sure it is.
 *
 * <p>Only a bounded prefix of the text is read (title plus the first {@value #DEFAULT_PREFIX} characters of
 * the body): tech news states its language in its first sentences, and this keeps detection fast
 * on long articles. Two stages: when the prefix's function words clearly belong to one language
 * (dozens of <i>le, les, des</i> or <i>the, and, of</i> and almost none of another language), that language
 * is the answer with confidence {@value #CLEAR_CONFIDENCE}; otherwise (short, mixed or jargon-heavy text)
 * Lingua's n-gram models decide on the first {@value #DEFAULT_LINGUA_CHARS} characters. Lingua costs
 * hundreds of microseconds, the first stage a few; articles of more than a few lines almost always end there.
 *
 * <p>The feed's language hint is a prior, not the answer: it doubles the hinted language's odds before
 * they are normalized into a confidence, so it settles close calls (short titles, English jargon in
 * French text) but does not override clear text.
 *
 * <p>Thread-safe; build it once, it loads its models on first use.
 */
public final class LanguageIdentifier {
    /** The languages served, in the order of their ISO 639-1 codes in {@link #SERVED}. */
    public static final List<String> SERVED = List.of("fr", "en", "de", "es", "it", "nl", "pt");
    static final int DEFAULT_PREFIX = 600;
    /** Lingua's cost grows faster than the text: it reads at most this many characters of the sample. */
    static final int DEFAULT_LINGUA_CHARS = 200;
    private static final double DEFAULT_HINT_WEIGHT = 1.0;
    private static final double SHARPNESS = 25.0;
    /** The confidence reported when the function words alone settle the language. */
    static final double CLEAR_CONFIDENCE = 0.99;

    private final LanguageDetector detector;
    private final int prefixChars;
    private final int linguaChars = DEFAULT_LINGUA_CHARS;
    private final double hintWeight;

    /** A detector with Lingua's low-accuracy (trigram) mode on a 600-character prefix: fast and accurate on article-length text. */
    public LanguageIdentifier() {
        this(true, DEFAULT_PREFIX, DEFAULT_HINT_WEIGHT);
    }

    /**
     * @param lowAccuracyMode Lingua's trigram-only mode (faster, weaker on texts of a few words)
     * @param prefixChars     how many characters of the body are read
     * @param hintWeight      how much a matching language hint boosts a language (0 ignores hints)
     */
    public LanguageIdentifier(boolean lowAccuracyMode, int prefixChars, double hintWeight) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(
                Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH,
                Language.ITALIAN, Language.DUTCH, Language.PORTUGUESE);
        if (lowAccuracyMode) {
            builder = builder.withLowAccuracyMode();
        }
        this.detector = builder.build();
        this.prefixChars = prefixChars;
        this.hintWeight = hintWeight;
    }

    /**
     * The language of an article.
     *
     * @param title    the title, may be null
     * @param text     the plain-text body, may be null
     * @param hint     the feed's or page's language ({@code fr}, {@code fr-FR}, {@code en_US}...), may be null
     * @return the best language with its confidence; the hint (confidence 0) or {@code und} when the text is empty
     */
    public DetectedLanguage detect(String title, String text, String hint) {
        String hinted = normalizeHint(hint);
        String sample = sample(title, text);
        if (sample.isBlank()) {
            return new DetectedLanguage(hinted != null ? hinted : DetectedLanguage.UNDETERMINED, 0.0);
        }
        String clear = FunctionWords.clearLanguage(sample);
        if (clear != null) {
            return new DetectedLanguage(clear, CLEAR_CONFIDENCE);
        }
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(
                sample.length() > linguaChars ? sample.substring(0, linguaChars) : sample);
        Map<Language, Double> weighted = new EnumMap<>(Language.class);
        double total = 0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            // Lingua gives 1.0 to the likeliest language and a ratio of log-likelihoods to the others;
            // exp(k·(v − 1)) turns those into relative odds, which the hint then multiplies
            double v = Math.exp(SHARPNESS * (e.getValue() - 1.0));
            if (hinted != null && hinted.equals(code(e.getKey()))) {
                v *= 1 + hintWeight;
            }
            weighted.put(e.getKey(), v);
            total += v;
        }
        if (total <= 0) {
            return new DetectedLanguage(hinted != null ? hinted : DetectedLanguage.UNDETERMINED, 0.0);
        }
        Language best = null;
        double bestValue = -1;
        for (Map.Entry<Language, Double> e : weighted.entrySet()) {
            if (e.getValue() > bestValue) {
                best = e.getKey();
                bestValue = e.getValue();
            }
        }
        return new DetectedLanguage(code(best), Math.round(bestValue / total * 1000) / 1000.0);
    }

    private String sample(String title, String text) {
        StringBuilder sb = new StringBuilder();
        if (title != null) {
            sb.append(title).append(". ");
        }
        if (text != null) {
            int end = Math.min(text.length(), prefixChars);
            // end on a word boundary so that a cut word does not look foreign
            while (end < text.length() && end < prefixChars + 40 && Character.isLetter(text.charAt(end))) {
                end++;
            }
            sb.append(text, 0, end);
        }
        return sb.toString();
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** The served language a hint names ({@code fr-FR} gives {@code fr}), or null when it names none. */
    static String normalizeHint(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        String code = hint.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (cut > 0) {
            code = code.substring(0, cut);
        }
        return SERVED.contains(code) ? code : null;
    }
}
