package io.veille.indexer.http;

import io.veille.common.event.Watch;

import java.util.List;
import java.util.Optional;

/** The editors' saved watches, as kept in the compacted topic {@code veille.watches}. */
public interface WatchRegistry {
    List<Watch> list();

    Optional<Watch> get(String id);

    /** Stores (creates or replaces) a watch; returns once the broker has it. */
    void put(Watch watch);

    /** Deletes a watch (a tombstone); returns once the broker has it. */
    void delete(String id);
}
