package io.veille.indexer.http;

import io.veille.common.event.Alert;

import java.util.List;
import java.util.function.Consumer;

/** Alerts from {@code veille.alerts}: the latest ones, and a live feed. */
public interface AlertSource {
    /** The latest alerts, newest first, at most {@code limit}. */
    List<Alert> recent(int limit);

    /** Calls {@code listener} with each new alert until the returned handle is closed. */
    AutoCloseable subscribe(Consumer<Alert> listener);
}
