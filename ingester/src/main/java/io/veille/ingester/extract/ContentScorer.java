package io.veille.ingester.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the element holding an article's body, readability-style: page furniture is removed by tag
 * and by class or id (navigation, headers, footers, cookie banners, share bars, comments, related
 * lists, newsletters, ads), every paragraph scores its parent and grandparent by its length and
 * commas, scores are discounted by link density, and the best-scoring element wins. Siblings of the
 * winner that look like body text join it. Works in place on the document it is given.
 */
final class ContentScorer {
    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "noscript", "iframe", "form", "button",
            "input", "select", "textarea", "svg", "nav", "header", "footer", "aside", "object", "embed", "canvas",
            "template", "dialog", "figcaption", "link", "meta");
    /** Class or id fragments that mark page furniture wherever they appear. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|cookie|consent|gdpr|share|sharing|social|related|newsletter|subscribe|signup|sidebar|widget|"
                    + "breadcrumb|advert|sponsor-box|promo|popup|modal|ticker|upsell|metabar|respond|skip-link|"
                    + "author-info|author-card|author-bio|about-author|read-also|read-more|readmore|lire-aussi|more-from|"
                    + "recommend|most-read|popular|trending|outbrain|taboola|post-navigation|pagination|standfirst|"
                    + "excerpt|byline|entry-meta|story-meta|article-meta|post-meta|postmeta|postfoot|entry-footer|"
                    + "cat-links|tags-links|story-tags|footer-cta|clap|responses|top-bar|masthead|speechify-ignore|"
                    + "screen-reader|visually-hidden|sr-only|print-only|jp-relatedposts|yarpp|disqus",
            Pattern.CASE_INSENSITIVE);
    /** Whole class or id tokens that mark page furniture. */
    private static final Set<String> NEGATIVE_TOKENS = Set.of("ad", "ads", "nav", "menu", "tags", "meta", "bio", "footer",
            "header", "date", "foot", "links", "signin", "author", "share", "toolbar", "banner", "caption");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|post|story|text|prose|blog|markdown", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3");
    private static final String PARAGRAPH_SELECTOR = String.join(",", PARAGRAPHS);

    private final Map<Element, Double> scores = new HashMap<>();
    private TextMetrics metrics;

    /** Removes furniture from {@code body} and returns the element that holds the article. */
    Element mainContent(Element body) {
        removeFurniture(body);
        paragraphsFromLineBreaks(body);
        metrics = new TextMetrics(body);
        Element top = null;
        double best = 0;
        for (Element p : body.select(PARAGRAPH_SELECTOR)) {
            if (metrics.text(p) < 25 || hasParagraphInside(p)) {
                continue;
            }
            String text = p.text();
            double score = 1 + text.split("[,，、]").length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            add(parent, score);
            Element grand = parent.parent();
            if (grand != null) {
                add(grand, score / 2);
                Element great = grand.parent();
                if (great != null) {
                    add(great, score / 3);
                }
            }
        }
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - metrics.linkDensity(e.getKey()));
            e.setValue(s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return body;
        }
        // a lone paragraph wrapper: climb while the parent holds clearly more article text
        while (top.parent() != null && top.parent() != body && scores.getOrDefault(top.parent(), 0.0) > best * 0.95
                && metrics.text(top.parent()) < metrics.text(top) * 1.6) {
            top = top.parent();
            best = scores.get(top);
        }
        appendSiblings(top, best);
        return top;
    }

    /**
     * Old layouts separate paragraphs with {@code <br><br>} instead of {@code <p>}: each run of
     * text between double line breaks becomes a paragraph, innermost elements first.
     */
    private static void paragraphsFromLineBreaks(Element body) {
        List<Element> candidates = new ArrayList<>(body.select("div, font, td, span, section, center, article, main, blockquote"));
        Collections.reverse(candidates);
        for (Element e : candidates) {
            if (e.select("> br").size() < 2) {
                continue;
            }
            List<List<Node>> groups = new ArrayList<>();
            List<Node> current = new ArrayList<>();
            int breaks = 0;
            for (Node n : new ArrayList<>(e.childNodes())) {
                if (n instanceof Element br && br.normalName().equals("br")) {
                    breaks++;
                    continue;
                }
                if (n instanceof TextNode t && t.isBlank()) {
                    continue;
                }
                if (breaks >= 2 && !current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                } else if (breaks == 1 && !current.isEmpty()) {
                    current.add(new Element("br"));
                }
                breaks = 0;
                current.add(n);
            }
            if (!current.isEmpty()) {
                groups.add(current);
            }
            if (groups.size() < 2) {
                continue;
            }
            e.empty();
            for (List<Node> group : groups) {
                boolean block = group.stream().anyMatch(n -> n instanceof Element el
                        && (el.isBlock() || !el.select("p, div, table, ul, ol").isEmpty()));
                Element target = block ? e : e.appendElement("p");
                for (Node n : group) {
                    target.appendChild(n);
                }
            }
        }
    }

    /** Whether a paragraph-like element holds another one (then only the inner one is scored). */
    private static boolean hasParagraphInside(Element e) {
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>(e.children());
        while (!stack.isEmpty()) {
            Element c = stack.pop();
            if (PARAGRAPHS.contains(c.normalName())) {
                return true;
            }
            c.children().forEach(stack::push);
        }
        return false;
    }

    /** Text lengths of the tree last scored, for callers that tidy the result. */
    TextMetrics metrics() {
        return metrics;
    }

    private void add(Element e, double score) {
        scores.computeIfAbsent(e, ContentScorer::initialScore);
        scores.merge(e, score, Double::sum);
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = e.className() + " " + e.id();
        if (POSITIVE.matcher(names).find()) {
            s += 25;
        }
        return s;
    }

    /** Siblings that are body text too (split containers, in-read ads between halves). */
    private void appendSiblings(Element top, double best) {
        Element parent = top.parent();
        if (parent == null) {
            return;
        }
        double threshold = Math.max(10, best * 0.2);
        Elements siblings = parent.children();
        for (Element s : siblings) {
            if (s == top) {
                continue;
            }
            double sScore = scores.getOrDefault(s, 0.0);
            boolean paragraphLike = s.normalName().equals("p") && metrics.text(s) > 80 && metrics.linkDensity(s) < 0.25;
            boolean sameClass = !top.className().isEmpty() && top.className().equals(s.className()) && sScore > 0;
            if (sScore >= threshold || paragraphLike || sameClass) {
                s.attr("data-veille-keep", "1");
            }
        }
    }

    private static void removeFurniture(Element body) {
        for (Element e : body.select(String.join(",", FURNITURE_TAGS))) {
            if (e.normalName().equals("header") && e.select("p").size() > 3) {
                continue;
            }
            e.remove();
        }
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null || e.normalName().equals("article")) {
                continue;
            }
            String cls = e.className();
            String id = e.id();
            if (cls.isEmpty() && id.isEmpty() && !e.hasAttr("role") && !e.hasAttr("hidden") && !e.hasAttr("aria-hidden")) {
                continue;
            }
            if (isFurniture(e, cls + " " + id)) {
                e.remove();
            }
        }
        body.select("[style~=(?i)display\\s*:\\s*none]").remove();
    }

    private static boolean isFurniture(Element e, String names) {
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("dialog")
                || role.equals("complementary") || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
            return true;
        }
        if (NEGATIVE.matcher(names).find()) {
            return !looksLikeTheBody(e);
        }
        for (String token : names.toLowerCase().split("[^a-z0-9]+")) {
            if (NEGATIVE_TOKENS.contains(token)) {
                return !looksLikeTheBody(e);
            }
        }
        return false;
    }

    /** A container too full of plain paragraphs to be furniture, whatever its class says. */
    private static boolean looksLikeTheBody(Element e) {
        int longParagraphs = 0;
        for (Element p : e.select("p")) {
            if (p.text().length() > 140 && linkDensity(p) < 0.2) {
                longParagraphs++;
            }
        }
        return longParagraphs >= 4 && e.select("li.comment, .comment-content, [class*=comment] p").isEmpty();
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / total;
    }
}
