package io.veille.enricher.text;

import org.jsoup.Jsoup;

/** Turns an article body into plain text: the text when there is one, else the HTML's visible text. */
public final class PlainText {
    private PlainText() {
    }

    /**
     * The plain text of an article body. Never null: an article with neither text nor HTML gives "".
     * Block elements of the HTML become line breaks so that sentences of different paragraphs stay apart.
     */
    public static String of(String text, String html) {
        if (text != null && !text.isBlank()) {
            return text.strip();
        }
        if (html == null || html.isBlank()) {
            return "";
        }
        var document = Jsoup.parseBodyFragment(html);
        document.select("p, div, li, h1, h2, h3, h4, h5, h6, br, blockquote, tr").after("\n");
        StringBuilder out = new StringBuilder();
        for (String line : document.wholeText().split("\n")) {
            String trimmed = line.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty()) {
                out.append(trimmed).append('\n');
            }
        }
        return out.toString().strip();
    }
}
