package io.veille.common.kafka;

import org.apache.kafka.common.errors.SerializationException;

/** A record that cannot be read as a Veille event, with the reason why. */
public class EventDeserializationException extends SerializationException {
    public enum Reason { NOT_JSON, WRONG_SHAPE, UNSUPPORTED_VERSION }

    private final Reason reason;

    public EventDeserializationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
