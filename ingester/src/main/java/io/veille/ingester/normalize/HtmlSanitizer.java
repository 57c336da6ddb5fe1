package io.veille.ingester.normalize;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Makes feed or page HTML safe to show, with a Jsoup {@link Safelist} and {@link Cleaner}: structure,
 * text formatting, tables, links and images survive; nothing that runs or restyles does.
 *
 * <p>Promises on the output: no {@code script}, {@code style}, {@code iframe}, {@code object},
 * {@code embed}, {@code form} or other active element; no event-handler or {@code style} attribute (so no
 * CSS expression); every {@code href} is an absolute http, https or mailto URL, every {@code src} an
 * absolute http or https URL or a {@code data:} URL of a raster image ({@code png}, {@code gif},
 * {@code jpeg}, {@code webp}, {@code avif}); relative URLs are resolved against the base, and dropped when
 * there is none; tracking parameters are removed from links; every link carries
 * {@code rel="noopener noreferrer"}; 1×1 tracking pixels are gone. Thread-safe.
 */
public final class HtmlSanitizer {
    private static final Pattern RASTER_DATA =
            Pattern.compile("^data:image/(png|gif|jpe?g|webp|avif);base64,[a-z0-9+/=\\s]+$", Pattern.CASE_INSENSITIVE);
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator URL_ATTRIBUTES = QueryParser.parse("[href], [src], [cite]");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "abbr", "mark", "s", "del", "ins", "time", "article", "section")
            .addAttributes("a", "title")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("del", "cite")
            .addAttributes("ins", "cite")
            .addProtocols("img", "src", "data")
            .addProtocols("del", "cite", "http", "https")
            .addProtocols("ins", "cite", "http", "https")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private HtmlSanitizer() {
    }

    /**
     * The safe form of {@code html}, as a body fragment whose relative URLs were resolved against
     * {@code base} (may be null: relative URLs are then dropped).
     */
    public static Document clean(String html, URI base) {
        String baseUri = base == null ? "" : base.toString();
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element img : clean.select(IMG)) {
            String src = img.attr("src");
            boolean pixel = "1".equals(img.attr("width").strip()) && "1".equals(img.attr("height").strip());
            if (src.isEmpty() || pixel || (src.regionMatches(true, 0, "data:", 0, 5) && !RASTER_DATA.matcher(src).matches())) {
                img.remove();
            }
        }
        for (Element e : clean.select(URL_ATTRIBUTES)) {
            for (String attr : new String[] {"href", "src", "cite"}) {
                if (e.hasAttr(attr) && hidesAScript(e.attr(attr))) {
                    e.removeAttr(attr);
                    if (e.tagName().equals("img")) {
                        e.remove();
                    }
                }
            }
        }
        for (Element a : clean.select(LINKS)) {
            String href = a.attr("href");
            if (!href.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                UrlCanonicalizer.absolute(href, null).ifPresentOrElse(
                        u -> a.attr("href", withoutTracking(u, href)),
                        () -> a.removeAttr("href"));
            }
        }
        return clean;
    }

    /** The safe form of {@code html} as a string. */
    public static String sanitize(String html, URI base) {
        return clean(html, base).body().html();
    }

    /** A URL that names a script scheme anywhere, even past its own scheme or percent-encoded. */
    private static boolean hidesAScript(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.indexOf('%') >= 0) {
            u = u.replaceAll("%[0-9a-f]{2}", "");
        }
        u = u.replaceAll("[\\s\\p{Cntrl}`]", "");
        return u.contains("javascript:") || u.contains("vbscript:") || u.contains("livescript:")
                || (u.indexOf("data:") > 0);
    }

    private static String withoutTracking(URI u, String original) {
        if (u.getRawQuery() == null) {
            return original;
        }
        String fragment = u.getRawFragment();
        return UrlCanonicalizer.canonicalize(original, null)
                .map(c -> fragment == null ? c : c + "#" + fragment)
                .orElse(original);
    }
}
