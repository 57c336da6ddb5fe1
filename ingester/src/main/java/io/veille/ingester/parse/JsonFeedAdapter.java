package io.veille.ingester.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) into the common feed model, with Jackson limits on
 * nesting depth and string length so a hostile document cannot exhaust memory.
 */
final class JsonFeedAdapter {
    private final ObjectMapper mapper;
    private final FeedLimits limits;

    JsonFeedAdapter(FeedLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxFieldChars() * 4)
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    ParsedFeed parse(String json, URI feedUrl, List<String> warnings) throws FeedParseException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            if (why != null && why.contains("nesting depth")) {
                throw new FeedParseException(FeedParseException.Reason.TOO_DEEP,
                        "JSON nested more than " + limits.maxDepth() + " deep");
            }
            throw new FeedParseException(FeedParseException.Reason.MALFORMED,
                    "malformed JSON: " + firstLine(why), e);
        }
        if (root == null || !root.isObject()) {
            throw new FeedParseException(FeedParseException.Reason.NOT_A_FEED, "JSON, but not a JSON Feed (no object)");
        }
        String version = text(root, "version");
        FeedFormat format;
        if (version != null && version.contains("jsonfeed.org/version/1.1")) {
            format = FeedFormat.JSON_FEED_1_1;
        } else if (version != null && version.contains("jsonfeed.org/version/1")) {
            format = FeedFormat.JSON_FEED_1_0;
        } else if (root.path("items").isArray()) {
            format = FeedFormat.JSON_FEED_1_1;
            warnings.add("JSON Feed without a version: read as 1.1");
        } else {
            throw new FeedParseException(FeedParseException.Reason.NOT_A_FEED,
                    "JSON, but not a JSON Feed (no jsonfeed.org version, no items)");
        }
        URI base = feedUrl;
        String feedLanguage = text(root, "language");
        List<String> feedAuthors = authors(root);
        List<FeedEntry> entries = new ArrayList<>();
        JsonNode items = root.path("items");
        for (JsonNode item : items) {
            if (entries.size() >= limits.maxItems()) {
                warnings.add("more than " + limits.maxItems() + " items: the rest dropped");
                break;
            }
            if (!item.isObject()) {
                continue;
            }
            String contentHtml = text(item, "content_html");
            String contentText = text(item, "content_text");
            if (contentHtml == null && contentText != null) {
                contentHtml = textToHtml(contentText);
            }
            List<String> itemAuthors = authors(item);
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(t -> {
                if (t.isTextual()) {
                    tags.add(t.asText());
                }
            });
            List<FeedEntry.Enclosure> enclosures = new ArrayList<>();
            item.path("attachments").forEach(a -> {
                String url = text(a, "url");
                if (url != null) {
                    Long size = a.path("size_in_bytes").isNumber() ? a.path("size_in_bytes").asLong() : null;
                    enclosures.add(new FeedEntry.Enclosure(url, text(a, "mime_type"), size));
                }
            });
            List<String> images = new ArrayList<>();
            for (String key : List.of("image", "banner_image")) {
                String img = text(item, key);
                if (img != null) {
                    images.add(img);
                }
            }
            String url = text(item, "url");
            if (url == null) {
                url = text(item, "external_url");
            }
            String id = item.path("id").isValueNode() ? item.path("id").asText() : null;
            entries.add(new FeedEntry(id, url, base, text(item, "title"),
                    itemAuthors.isEmpty() ? feedAuthors : itemAuthors,
                    text(item, "date_published"), text(item, "date_modified"), null, null,
                    cap(contentHtml), cap(text(item, "summary") == null ? null : Entities.escape(text(item, "summary"))),
                    tags, enclosures, images, text(item, "language")));
        }
        return new ParsedFeed(format, StandardCharsets.UTF_8, text(root, "title"), text(root, "home_page_url"),
                base, feedLanguage, entries, warnings);
    }

    private String cap(String s) {
        return s == null || s.length() <= limits.maxFieldChars() ? s : s.substring(0, limits.maxFieldChars());
    }

    private static List<String> authors(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.path("authors").forEach(a -> {
            String n = text(a, "name");
            if (n != null) {
                names.add(n);
            }
        });
        String single = text(node.path("author"), "name");
        if (single != null && !names.contains(single)) {
            names.add(single);
        }
        return names;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    static String textToHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String para : text.split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                html.append("<p>").append(Entities.escape(para.strip()).replace("\n", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
