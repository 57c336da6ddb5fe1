package io.veille.ingester.parse;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;

/**
 * A feed read from bytes, in one model whatever its format.
 *
 * @param format   the format recognised from the content
 * @param charset  the charset the bytes were read with (UTF-8 for JSON)
 * @param title    the feed's title as written, or null
 * @param siteLink the site the feed belongs to, absolute when it could be resolved, or null
 * @param base     the base URI for the feed's relative links (xml:base, else the feed URL), or null
 * @param language the feed's language tag, or null
 * @param entries  the items, in document order, at most {@link FeedLimits#maxItems()}
 * @param warnings what was repaired or cut on the way (charset lies, truncation), one line each
 */
public record ParsedFeed(
        FeedFormat format,
        Charset charset,
        String title,
        String siteLink,
        URI base,
        String language,
        List<FeedEntry> entries,
        List<String> warnings) {

    public ParsedFeed {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }
}
