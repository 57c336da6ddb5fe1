package io.veille.common.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.common.event.EventJson;
import io.veille.common.event.Versioned;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.IOException;
import java.util.Objects;

/**
 * JSON serde for one Veille event type.
 *
 * <p>The deserializer never returns null for a non-null payload: bytes that are not JSON, JSON of the
 * wrong shape (a missing required field) and a {@code schemaVersion} newer than this code understands
 * all throw an {@link EventDeserializationException} saying which, so the record can be dead-lettered
 * with its reason. A null payload (a tombstone) deserializes to null.
 */
public final class EventSerde<T extends Versioned> implements Serde<T> {
    private final Class<T> type;
    private final int newestReadableVersion;
    private final ObjectMapper mapper = EventJson.mapper();

    public EventSerde(Class<T> type, int newestReadableVersion) {
        this.type = Objects.requireNonNull(type, "type");
        this.newestReadableVersion = newestReadableVersion;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, event) -> {
            if (event == null) {
                return null;
            }
            try {
                return mapper.writeValueAsBytes(event);
            } catch (JsonProcessingException e) {
                throw new SerializationException("Cannot write " + type.getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    /** Reads one event, or throws an {@link EventDeserializationException} saying why it cannot. */
    public T read(byte[] bytes) {
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new EventDeserializationException(EventDeserializationException.Reason.NOT_JSON,
                    type.getSimpleName() + " record is not JSON: " + firstLine(e.getMessage()), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new EventDeserializationException(EventDeserializationException.Reason.WRONG_SHAPE,
                    type.getSimpleName() + " record is not a JSON object", null);
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new EventDeserializationException(EventDeserializationException.Reason.WRONG_SHAPE,
                    type.getSimpleName() + " record has no integer schemaVersion", null);
        }
        if (version.intValue() > newestReadableVersion) {
            throw new EventDeserializationException(EventDeserializationException.Reason.UNSUPPORTED_VERSION,
                    type.getSimpleName() + " schemaVersion " + version.intValue()
                            + " is newer than " + newestReadableVersion + ", the newest this build reads", null);
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (IOException | RuntimeException e) {
            throw new EventDeserializationException(EventDeserializationException.Reason.WRONG_SHAPE,
                    type.getSimpleName() + " record has the wrong shape: " + firstLine(rootMessage(e)), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
