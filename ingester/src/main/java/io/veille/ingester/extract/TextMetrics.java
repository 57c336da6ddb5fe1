package io.veille.ingester.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length and link-text length of every element of a tree, computed in one pass, so scoring
 * stays linear in the size of the page however deeply it nests (asking each element for its
 * {@code text()} is quadratic on deep pages). Lengths count non-blank characters of text nodes,
 * close enough to {@code text().length()} for densities and thresholds. A snapshot: later changes
 * to the tree are not reflected.
 */
final class TextMetrics {
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    TextMetrics(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    lengths.put(e, new int[2]);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Node parent = t.parent();
                    if (parent instanceof Element p) {
                        int[] m = lengths.get(p);
                        if (m != null) {
                            m[0] += length(t.getWholeText());
                        }
                    }
                } else if (node instanceof Element e) {
                    int[] m = lengths.get(e);
                    if (e.normalName().equals("a")) {
                        m[1] = m[0];
                    }
                    Element parent = e.parent();
                    int[] pm = parent == null ? null : lengths.get(parent);
                    if (pm != null) {
                        pm[0] += m[0];
                        pm[1] += m[1];
                    }
                }
            }
        }, root);
    }

    /** Characters of text under {@code e} (0 for elements added after measuring). */
    int text(Element e) {
        int[] m = lengths.get(e);
        return m == null ? 0 : m[0];
    }

    /** Share of {@code e}'s text that sits inside links, from 0 to 1. */
    double linkDensity(Element e) {
        int[] m = lengths.get(e);
        return m == null || m[0] == 0 ? 0 : (double) m[1] / m[0];
    }

    private static int length(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }
}
