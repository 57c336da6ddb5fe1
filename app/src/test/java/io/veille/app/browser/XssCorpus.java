package io.veille.app.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Cross-site-scripting payloads for feed items: script tags, event handlers, {@code javascript:} and
 * {@code data:} URLs, SVG and MathML tricks, CSS expressions, malformed nesting, escaped markup, and attempts on
 * the highlight marks. Payload {@code n} points only at {@code address(n)}, so a request there names the payload
 * that got through. Every item also carries {@link #CANARY}, a word to search them all with.
 */
public final class XssCorpus {
    /** A word in every payload item: a search for it lists them all; a watch on it alerts on them all. */
    public static final String CANARY = "zorglubcanary";

    /** One feed item: its title, summary (description), content (content:encoded) and link. */
    public record Item(int n, String title, String summary, String content, String link) {
    }

    private XssCorpus() {
    }

    /** The payload markup templates; {@code {U}} is replaced by the payload's address, {@code {N}} by its number. */
    static final List<String> MARKUP = List.of(
            "<script>alert({N});fetch('{U}')</script>",
            "<img src=\"{U}\" onerror=\"alert({N})\">",
            "<svg onload=\"alert({N})\"><image href=\"{U}\"/></svg>",
            "<a href=\"javascript:fetch('{U}');alert({N})\">click me</a>",
            "<iframe src=\"data:text/html,<script>parent.alert({N});fetch('{U}')</script>\"></iframe>",
            "<math><mtext><table><mglyph><style><img src={U} onerror=alert({N})></style></mglyph></table></mtext></math>",
            "<div style=\"background:url({U});width:expression(alert({N}))\">styled</div>",
            "<<script>script>alert({N})<</script>/script><img src={U}>",
            "\"><img src={U} onerror=alert({N})>",
            "<object data=\"{U}\"></object><embed src=\"{U}\">",
            "<link rel=stylesheet href=\"{U}\"><style>@import '{U}';</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url={U}\"><base href=\"{U}\">",
            "<video poster=\"{U}\"><source src=\"{U}\"></video><audio src=\"{U}\" onerror=alert({N})></audio>",
            "<svg><script href=\"{U}\"></script><a xlink:href=\"javascript:alert({N})\"><text>svg</text></a></svg>",
            "<noscript><p title=\"</noscript><img src={U} onerror=alert({N})>\"></p></noscript>",
            "<details open ontoggle=alert({N})><summary>s</summary></details><img srcset=\"{U} 1x\">",
            "&lt;img src={U} onerror=alert({N})&gt; escaped markup stays text",
            "</em><img src={U} onerror=alert({N})><em> marks in the text",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data link</a><form action=\"{U}\"><input type=image src=\"{U}\"></form>",
            "<table background=\"{U}\"><tr><td background=\"{U}\">cell</td></tr></table><body onload=alert({N})>",
            "<svg><animate onbegin=alert({N}) attributeName=x dur=1s></svg><math href=\"javascript:alert({N})\">m</math>",
            "<img src=x onerror=\"this.src='{U}'\"><input autofocus onfocus=alert({N})>");

    /** The item links: the javascript: and data: ones must never become clickable links. */
    static final List<String> LINKS = List.of(
            "javascript:fetch('{U}');alert({N})",
            "data:text/html,<script>alert({N})</script>",
            " javascript:alert({N})",
            "JaVaScRiPt:alert({N})",
            "vbscript:msgbox({N})");

    /** The corpus: one item per markup template, payloads in every field, then one per hostile link. */
    public static List<Item> items(IntFunction<String> address) {
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (String template : MARKUP) {
            String payload = fill(template, n, address.apply(n));
            items.add(new Item(n, "Essai " + CANARY + " n°" + n + " " + payload,
                    "Résumé " + CANARY + " " + payload,
                    "<p>Contenu " + CANARY + " éditorial " + payload + " fin du paragraphe.</p>",
                    "https://demo.veille.test/xss/" + n));
            n++;
        }
        for (String template : LINKS) {
            String link = fill(template, n, address.apply(n));
            items.add(new Item(n, "Hostile link " + CANARY + " " + n, "Summary " + CANARY + " with a bad link",
                    "<p>Body " + CANARY + " <a href=\"" + link.replace("\"", "&quot;") + "\">link</a></p>", link));
            n++;
        }
        return items;
    }

    private static String fill(String template, int n, String address) {
        return template.replace("{U}", address).replace("{N}", Integer.toString(n));
    }
}
