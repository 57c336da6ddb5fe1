package io.veille.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque page cursor for {@code search_after}: the sort values of the last hit of a page, as URL-safe
 * base64 of a JSON array of at most {@link #MAX_VALUES} numbers or short strings. Anything else is refused.
 */
public record Cursor(List<Object> values) {
    public static final int MAX_VALUES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    public Cursor {
        values = List.copyOf(values);
    }

    public String encode() {
        ArrayNode array = JSON.createArrayNode();
        for (Object value : values) {
            if (value instanceof Long l) {
                array.add(l);
            } else if (value instanceof Double d) {
                array.add(d);
            } else {
                array.add(String.valueOf(value));
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidParameterException when {@code text} is not a cursor this service wrote */
    public static Cursor decode(String text) {
        InvalidParameterException invalid = new InvalidParameterException("after", "after is not a valid page cursor");
        if (text == null || text.length() > 512) {
            throw invalid;
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(text));
        } catch (Exception e) {
            throw invalid;
        }
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > MAX_VALUES) {
            throw invalid;
        }
        List<Object> values = new ArrayList<>();
        for (JsonNode value : node) {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                values.add(value.longValue());
            } else if (value.isFloatingPointNumber()) {
                values.add(value.doubleValue());
            } else if (value.isTextual() && value.textValue().length() <= 128) {
                values.add(value.textValue());
            } else {
                throw invalid;
            }
        }
        return new Cursor(values);
    }
}
