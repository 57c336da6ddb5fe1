package io.veille.ingester.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.veille.common.event.EventJson;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON mapper of the ingester's own records (feed states, registry records): {@link EventJson#mapper()}
 * with the same output, tuned for reading many of them at start-up. Instants written as
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} (what the shared mapper writes) are read without
 * {@code DateTimeFormatter}, every other form as before; field names are not interned, since the keys of a
 * state's {@code seen} map are article ids, thousands of them, each met once.
 */
public final class StateJson {
    private static final ObjectMapper MAPPER = EventJson.mapper().copy()
            .registerModule(new SimpleModule("veille-state-instants").addDeserializer(Instant.class, new UtcInstants()));
    /** The shared mapper's factory settings, without the symbol table (it takes the feature only when built). */
    private static final JsonFactory PARSERS = EventJson.mapper().getFactory().rebuild()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

    private StateJson() {
    }

    /** {@code json} as a {@code type}. */
    public static <T> T read(String json, Class<T> type) throws IOException {
        try (JsonParser parser = PARSERS.createParser(json)) {
            return MAPPER.readValue(parser, type);
        }
    }

    /** Reads UTC ISO-8601 instants directly; hands anything else to Jackson's own deserializer. */
    static final class UtcInstants extends StdScalarDeserializer<Instant> {
        UtcInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                Instant fast = parseUtc(p.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctxt);
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} as an instant, or null when {@code s} has another form. */
    static Instant parseUtc(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fractionDigits = n - 21;
            if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(s, 20, n - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        } else if (s.charAt(19) != 'Z') {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
