package io.veille.indexer.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.common.event.Watch;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the body of {@code POST /api/watches} into a {@link Watch}, refusing with a 400 anything out of
 * shape: unknown or repeated fields, wrong types, bad topic ids or languages, text that is not printable
 * (control characters, unpaired surrogates), a watch with no criterion.
 */
public final class WatchForm {
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Set<String> FIELDS = Set.of("id", "name", "topicsAny", "topicsAll", "keywords", "languages",
            "sources", "minScore");
    /** A key given twice is refused: two readers of the same body must never see two different watches. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private WatchForm() {
    }

    public static Watch read(byte[] body, Clock clock) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiException(400, "the body is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "the body must be a JSON object");
        }
        node.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new ApiException(400, "unknown field '" + (field.length() > 40 ? field.substring(0, 40) : field) + "'");
            }
        });
        String id = text(node, "id", false);
        if (id == null) {
            id = UUID.randomUUID().toString();
        } else if (!ID.matcher(id).matches()) {
            throw new ApiException(400, "id must be 1-64 letters, digits, dashes or underscores");
        }
        String name = text(node, "name", true);
        if (name.isBlank() || name.length() > 200) {
            throw new ApiException(400, "name must be 1-200 characters");
        }
        List<String> topicsAny = list(node, "topicsAny", TOPIC);
        List<String> topicsAll = list(node, "topicsAll", TOPIC);
        List<String> keywords = list(node, "keywords", null);
        List<String> languages = list(node, "languages", LANGUAGE);
        List<String> sources = list(node, "sources", null);
        double minScore = 0;
        JsonNode score = node.get("minScore");
        if (score != null && !score.isNull()) {
            if (!score.isNumber() || score.doubleValue() < 0 || score.doubleValue() > 1000) {
                throw new ApiException(400, "minScore must be a number from 0 to 1000");
            }
            minScore = score.doubleValue();
        }
        if (topicsAny.isEmpty() && topicsAll.isEmpty() && keywords.isEmpty() && languages.isEmpty() && sources.isEmpty()) {
            throw new ApiException(400, "a watch needs at least one of topicsAny, topicsAll, keywords, languages, sources");
        }
        return new Watch(Watch.SCHEMA_VERSION, id, name.strip(), topicsAny, topicsAll, keywords, languages, sources,
                minScore, clock.instant());
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new ApiException(400, field + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiException(400, field + " must be a string");
        }
        if (!printable(value.textValue())) {
            throw new ApiException(400, field + " must be printable text");
        }
        return value.textValue();
    }

    /** No control character and no unpaired surrogate (which no UTF-8 writer can encode). */
    static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> list(JsonNode node, String field, Pattern pattern) {
        JsonNode value = node.get(field);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isArray() || value.size() > 50) {
            throw new ApiException(400, field + " must be an array of at most 50 strings");
        }
        for (JsonNode item : value) {
            if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > 200 || !printable(item.textValue())) {
                throw new ApiException(400, field + " must hold strings of 1-200 characters");
            }
            String text = item.textValue().strip();
            if (pattern != null && !pattern.matcher(text).matches()) {
                throw new ApiException(400, field + " holds an invalid value '" + (text.length() > 40 ? text.substring(0, 40) : text) + "'");
            }
            result.add(text);
        }
        return result;
    }
}
