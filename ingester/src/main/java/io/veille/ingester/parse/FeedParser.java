package io.veille.ingester.parse;

import io.veille.ingester.encoding.CharsetDetector;
import io.veille.ingester.encoding.DetectedCharset;
import io.veille.ingester.encoding.Mojibake;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns the bytes of a feed into a {@link ParsedFeed}, whatever its format, charset or small
 * breakages. The format is recognised from the content, never from a file name or a Content-Type.
 *
 * <p>Promises: it reads nothing but the given bytes (no DTD, no external entity, no network, no file);
 * memory stays bounded by {@link FeedLimits} (a document over {@code maxBytes} is cut after its last
 * complete item, items past {@code maxItems} are dropped, long fields are truncated, deep nesting is
 * refused); every refusal is a {@link FeedParseException} whose message is one line a person can act on.
 *
 * <p>Thread-safe; one instance can serve a whole fetcher.
 */
public final class FeedParser {
    private final FeedLimits limits;
    private final RomeFeedAdapter rome;
    private final JsonFeedAdapter json;

    public FeedParser() {
        this(FeedLimits.DEFAULT);
    }

    public FeedParser(FeedLimits limits) {
        this.limits = limits;
        this.rome = new RomeFeedAdapter(limits);
        this.json = new JsonFeedAdapter(limits);
    }

    public FeedLimits limits() {
        return limits;
    }

    /**
     * Parses a feed read from a stream, reading at most {@code maxBytes + 1} bytes of it.
     *
     * @see #parse(byte[], String, URI)
     */
    public ParsedFeed parse(InputStream body, String contentTypeHeader, URI feedUrl)
            throws FeedParseException, IOException {
        return parse(body.readNBytes(limits.maxBytes() + 1), contentTypeHeader, feedUrl);
    }

    /**
     * Parses the bytes of a feed.
     *
     * @param body              the document's bytes, as received
     * @param contentTypeHeader the HTTP {@code Content-Type} value, for its charset; null if unknown
     * @param feedUrl           where the feed lives, to resolve relative links; null if unknown
     * @throws FeedParseException when the bytes are empty, an HTML page, not well-formed beyond repair,
     *                            unsafe (a DOCTYPE declaring entities) or nested too deep
     */
    public ParsedFeed parse(byte[] body, String contentTypeHeader, URI feedUrl) throws FeedParseException {
        List<String> warnings = new ArrayList<>();
        boolean truncated = body.length > limits.maxBytes();
        if (truncated) {
            body = Arrays.copyOf(body, limits.maxBytes());
        }
        int first = firstSignificantByte(body);
        if (first < 0) {
            throw new FeedParseException(FeedParseException.Reason.EMPTY, "empty document: no feed in it");
        }
        if (body[first] == '{' || body[first] == '[') {
            if (truncated) {
                throw new FeedParseException(FeedParseException.Reason.MALFORMED,
                        "JSON document larger than the " + limits.maxBytes() + "-byte limit");
            }
            String text = new String(body, first, body.length - first, StandardCharsets.UTF_8);
            if (Mojibake.suspect(text)) {
                text = Mojibake.repair(text);
                warnings.add("double-encoded UTF-8 (mojibake) repaired");
            }
            try {
                return json.parse(text, feedUrl, warnings);
            } catch (RuntimeException e) {
                throw new FeedParseException(FeedParseException.Reason.MALFORMED, "unreadable JSON Feed: " + firstLine(e.getMessage()), e);
            }
        }
        DetectedCharset charset = CharsetDetector.forXml(body, contentTypeHeader);
        warnings.addAll(charset.notes());
        String text = charset.decode(body);
        if (Mojibake.suspect(text)) {
            text = Mojibake.repair(text);
            warnings.add("double-encoded UTF-8 (mojibake) repaired");
        }
        String rootName = XmlRepair.rootName(text);
        if (rootName == null) {
            throw notAFeed(text);
        }
        if (truncated) {
            String cut = XmlRepair.closeAfterLastItem(text, rootName);
            if (cut == null) {
                throw new FeedParseException(FeedParseException.Reason.MALFORMED,
                        "larger than the " + limits.maxBytes() + "-byte limit, with no complete item before it");
            }
            warnings.add("larger than the " + limits.maxBytes() + "-byte limit: cut after the last complete item");
            text = cut;
        }
        String repaired = XmlRepair.repair(text, rootName, limits.maxDepth(), warnings);
        Document doc;
        try {
            doc = SecureXml.parse(repaired);
        } catch (JDOMParseException e) {
            throw new FeedParseException(FeedParseException.Reason.MALFORMED,
                    "not well-formed XML, even after repair (line " + e.getLineNumber() + ", column "
                            + e.getColumnNumber() + "): " + firstLine(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        } catch (JDOMException | IOException | RuntimeException e) {
            throw new FeedParseException(FeedParseException.Reason.MALFORMED, "unreadable XML: " + firstLine(e.getMessage()), e);
        }
        try {
            return rome.adapt(doc, charset.charset(), feedUrl, warnings);
        } catch (RuntimeException e) {
            throw new FeedParseException(FeedParseException.Reason.MALFORMED, "not a feed Rome can read: " + firstLine(e.getMessage()), e);
        }
    }

    private static FeedParseException notAFeed(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body") || lower.contains("<head")) {
            String advertised = null;
            Element link = Jsoup.parse(text.length() > 65536 ? text.substring(0, 65536) : text)
                    .selectFirst("link[rel~=(?i)alternate][type~=(?i)(rss|atom|feed)\\+?(xml|json)?]");
            if (link != null && !link.attr("href").isBlank()) {
                advertised = link.attr("href");
            }
            return new FeedParseException(FeedParseException.Reason.NOT_A_FEED, "an HTML page, not a feed"
                    + (advertised == null ? "" : " (it advertises a feed at " + advertised + ")"));
        }
        return new FeedParseException(FeedParseException.Reason.NOT_A_FEED,
                "not a feed: no <rss>, <rdf:RDF>, <feed> root and not a JSON Feed");
    }

    private static int firstSignificantByte(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
