package io.veille.ingester.normalize;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * A feed title as plain text. Titles are written as text, as escaped HTML or as double-escaped HTML
 * depending on the publisher; all three come out as the text a reader sees, with entities decoded,
 * tags removed (also tags that were escaped once more), white space collapsed and at most
 * {@value #MAX_LENGTH} characters. A title never carries markup.
 */
public final class TitleText {
    /** The longest title kept, in characters. */
    public static final int MAX_LENGTH = 500;
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]|&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);");

    private TitleText() {
    }

    /** The plain text of a title as written, or an empty string. */
    public static String of(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw;
        for (int pass = 0; pass < 3 && MARKUP.matcher(s).find(); pass++) {
            s = Jsoup.parseBodyFragment(s).body().text();
        }
        s = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        s = s.replace("<", "‹").replace(">", "›");
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH - 1).strip() + "…" : s;
    }
}
