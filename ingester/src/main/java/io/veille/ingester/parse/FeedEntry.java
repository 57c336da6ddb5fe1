package io.veille.ingester.parse;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, whatever its format, before normalization: the values as the feed gave them
 * (title may hold markup or entities, links may be relative, dates are the raw strings).
 *
 * @param guid              the item's identifier (RSS guid, Atom id, JSON Feed id), or null
 * @param link              the item's link as written (may be relative), or null
 * @param base              the base URI in force for this item ({@code xml:base}, else the feed's), or null
 * @param title             the title as written, or null
 * @param authors           author names
 * @param publishedRaw      the publication date string as written, or null
 * @param updatedRaw        the update date string as written, or null
 * @param publishedParsed   the publication date the format library understood, or null
 * @param updatedParsed     the update date the format library understood, or null
 * @param contentHtml       the full content as HTML (content:encoded, Atom content, content_html), or null
 * @param summaryHtml       the summary as HTML (description, Atom summary, JSON summary), or null
 * @param categories        category and tag labels
 * @param enclosures        attached media
 * @param imageUrls         images the feed names outside the content (media:thumbnail, JSON image)
 * @param language          the item's own language tag, or null
 */
public record FeedEntry(
        String guid,
        String link,
        URI base,
        String title,
        List<String> authors,
        String publishedRaw,
        String updatedRaw,
        Instant publishedParsed,
        Instant updatedParsed,
        String contentHtml,
        String summaryHtml,
        List<String> categories,
        List<Enclosure> enclosures,
        List<String> imageUrls,
        String language) {

    public FeedEntry {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        enclosures = List.copyOf(enclosures);
        imageUrls = List.copyOf(imageUrls);
    }

    /** A media file as the feed names it (URL possibly relative). */
    public record Enclosure(String url, String type, Long length) {
    }
}
