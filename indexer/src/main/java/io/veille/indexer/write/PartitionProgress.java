package io.veille.indexer.write;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The records of one partition that are still being written, and from them the offset that is safe to
 * commit: the lowest offset still in flight, or the one after the last record when none is.
 *
 * <p>{@link #started} and {@link #committable} are called by the consumer's thread; {@link #finished} by
 * any thread. A record finishes when Elasticsearch has it (or it was dead-lettered), in any order: a
 * finished record after an unfinished one is committed only once the earlier one finishes.
 */
final class PartitionProgress {
    private final ConcurrentSkipListSet<Long> inFlight = new ConcurrentSkipListSet<>();
    private volatile long next = -1;

    void started(long offset) {
        inFlight.add(offset);
        next = Math.max(next, offset + 1);
    }

    void finished(long offset) {
        inFlight.remove(offset);
    }

    int inFlight() {
        return inFlight.size();
    }

    /** The offset to commit (the next record to read after a restart), or empty before any record. */
    OptionalLong committable() {
        long after = next;
        if (after < 0) {
            return OptionalLong.empty();
        }
        Long lowest = inFlight.ceiling(Long.MIN_VALUE);
        return OptionalLong.of(lowest != null ? lowest : after);
    }
}
