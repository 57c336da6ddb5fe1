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
 * on long articles. The feed's language hint is a prior, not the answer: it multiplies the hinted
 * language's confidence by {@code 1 + hintWeight} before the confidences are normalized again, so it
 * settles close calls (short titles, English jargon in French text) but never overrides clear text.
 *
 * <p>Thread-safe; build it once, it loads its models on first use.
 */
public final class LanguageIdentifier {
    /** The languages served, in the order of their ISO 639-1 codes in {@link #SERVED}. */
    public static final List<String> SERVED = List.of("fr", "en", "de", "es", "it", "nl", "pt");
    static final int DEFAULT_PREFIX = 600;
    private static final double DEFAULT_HINT_WEIGHT = 0.5;

    private final LanguageDetector detector;
    private final int prefixChars;
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
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
        Map<Language, Double> weighted = new EnumMap<>(Language.class);
        double total = 0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            double v = e.getValue();
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
