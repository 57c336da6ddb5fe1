package io.veille.ingester.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern DECORATION = Pattern.compile("^[\\s\\p{Z}•·∙◦▪▫■□●○*\\-–—_=~|/#.+]*$");

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
        List<String> paragraphs = new ArrayList<>();
        for (String para : PARAGRAPH_BREAK.split(text)) {
            StringBuilder p = new StringBuilder();
            for (String line : para.split("\n")) {
                String l = SPACES.matcher(line.replace('\u00a0', ' ')).replaceAll(" ").strip();
                if (!l.isEmpty()) {
                    if (p.length() > 0) {
                        p.append('\n');
                    }
                    p.append(l);
                }
            }
            String s = p.toString();
            if (!s.isEmpty() && !DECORATION.matcher(s).matches()) {
                paragraphs.add(s);
            }
        }
        return String.join("\n\n", paragraphs);
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
