package io.veille.ingester.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.veille.common.config.Durations;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML feed list:
 * <pre>
 * feeds:
 *   - url: https://example.org/feed.xml
 *     title: Example
 *     tags: [devops, fr]
 *     full-text: true
 *     language: fr
 *     enabled: true
 *     min-interval: 15m
 *     max-interval: 12h
 * </pre>
 * Only {@code url} is required.
 */
public final class YamlFeeds {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFeeds() {
    }

    public static List<FeedRecord> read(byte[] bytes, Instant now) throws FeedFileException {
        JsonNode root;
        try {
            root = YAML.readTree(bytes);
        } catch (IOException e) {
            throw new FeedFileException("not a readable YAML document: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        JsonNode list = root == null ? null : root.isArray() ? root : root.get("feeds");
        if (list == null || !list.isArray()) {
            throw new FeedFileException("a YAML feed list needs a 'feeds:' list");
        }
        Map<String, FeedRecord> feeds = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode item : list) {
            index++;
            String url = item.isTextual() ? item.asText() : item.path("url").asText("");
            if (url.isBlank()) {
                throw new FeedFileException("feed #" + index + " has no url");
            }
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(t -> tags.add(t.asText()));
            FeedRecord feed;
            try {
                feed = FeedRecord.of(url.trim(), text(item, "title"), tags, now);
            } catch (IllegalArgumentException e) {
                throw new FeedFileException("feed #" + index + ": " + e.getMessage());
            }
            feed = feed.withOptions(item.path("enabled").asBoolean(true), item.path("full-text").asBoolean(false),
                    text(item, "language"), duration(item, "min-interval", index), duration(item, "max-interval", index));
            if (text(item, "site-url") != null) {
                feed = feed.withSiteUrl(text(item, "site-url"));
            }
            feeds.putIfAbsent(feed.id(), feed);
        }
        return new ArrayList<>(feeds.values());
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    private static Duration duration(JsonNode item, String field, int index) throws FeedFileException {
        String v = text(item, field);
        if (v == null) {
            return null;
        }
        try {
            return Durations.parse(v);
        } catch (IllegalArgumentException e) {
            throw new FeedFileException("feed #" + index + ": " + field + ": " + e.getMessage());
        }
    }
}
