package io.veille.common.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The number of articles tagged with one topic in one tumbling window, on {@code veille.topic-trends}
 * (key = {@code <topic>@<interval>@<windowStart>}). A window's count is re-emitted as late articles arrive.
 *
 * @param interval {@code hour} or {@code day}
 */
public record TopicTrend(
        int schemaVersion,
        String topic,
        String interval,
        Instant windowStart,
        Instant windowEnd,
        long count) implements Versioned {

    public static final int SCHEMA_VERSION = 1;

    public TopicTrend {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(interval, "interval");
    }
}
