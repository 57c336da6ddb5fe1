package io.veille.ingester.normalize;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML tree: one paragraph per block (separated by a blank line), a line
 * break per {@code <br>}, runs of white space collapsed, and decoration paragraphs made only of
 * bullets or separators ({@code •}, {@code ·}, {@code *}, {@code —}) dropped. Thread-safe.
 */
public final class PlainText {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
            "tfoot", "tr", "figure", "figcaption", "hr", "address", "details", "summary", "caption", "body");
    private static final String DECORATION_CHARS = "•·∙◦▪▫■□●○*-–—_=~|/#.+";

    private PlainText() {
    }

    /** The text of {@code root} with paragraph breaks kept. */
    public static String of(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element p = t.parent();
                    boolean pre = false;
                    for (Element up = p; up != null && !pre; up = up.parent()) {
                        pre = up.normalName().equals("pre");
                    }
                    sb.append(pre ? t.getWholeText() : spaced(t));
                } else if (node instanceof Element e) {
                    if (e.tagName().equals("br")) {
                        sb.append('\n');
                    } else if (BLOCKS.contains(e.tagName())) {
                        sb.append("\n\n");
                    } else if (e.tagName().equals("td") || e.tagName().equals("th")) {
                        sb.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    sb.append("\n\n");
                }
            }
        }, root);
        return tidy(sb.toString());
    }

    /** Paragraphs split on blank lines, each line's spaces collapsed, decoration paragraphs dropped. */
    public static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder para = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n') {
                int len = line.length();
                if (len > 0 && line.charAt(len - 1) == ' ') {
                    line.setLength(len - 1);
                }
                if (line.length() == 0) {
                    flush(para, out);
                } else {
                    if (para.length() > 0) {
                        para.append('\n');
                    }
                    para.append(line);
                    line.setLength(0);
                }
            } else if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\r' || c == '\f' || c == '\u000B') {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
        }
        flush(para, out);
        return out.toString();
    }

    private static void flush(StringBuilder para, StringBuilder out) {
        if (para.length() > 0 && !isDecoration(para)) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(para);
        }
        para.setLength(0);
    }

    private static boolean isDecoration(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DECORATION_CHARS.indexOf(c) < 0 && !Character.isSpaceChar(c) && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static String spaced(TextNode t) {
        String whole = t.getWholeText();
        String inner = t.text().strip();
        if (inner.isEmpty()) {
            return " ";
        }
        boolean lead = Character.isWhitespace(whole.charAt(0)) || whole.charAt(0) == '\u00a0';
        boolean trail = Character.isWhitespace(whole.charAt(whole.length() - 1)) || whole.charAt(whole.length() - 1) == '\u00a0';
        return (lead ? " " : "") + inner + (trail ? " " : "");
    }
}
