package io.veille.enricher.summary;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * A short plain-text summary: the lead of the article, as many whole sentences as fit in
 * {@value #DEFAULT_MAX} characters. When the first sentence alone is longer, it is cut at a word
 * boundary and ends with "…". Thread-safe.
 */
public final class LeadSummary {
    static final int DEFAULT_MAX = 280;

    private LeadSummary() {
    }

    public static String of(String text, String language) {
        return of(text, language, DEFAULT_MAX);
    }

    public static String of(String text, String language, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(
                language == null ? Locale.ROOT : Locale.forLanguageTag(language));
        sentences.setText(flat);
        int end = 0;
        for (int next = sentences.next(); next != BreakIterator.DONE && next <= max; next = sentences.next()) {
            end = next;
        }
        if (end > 0) {
            return flat.substring(0, end).strip();
        }
        int space = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, space > 0 ? space : max - 1).strip() + "…";
    }
}
