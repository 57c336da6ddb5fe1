package io.veille.indexer.write;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which offsets of which partitions may be committed: a record's offset becomes committable only when
 * it and every earlier record of its partition have been written to Elasticsearch or dead-lettered.
 * Partitions the consumer lost are forgotten; late completions for them are ignored.
 */
public final class OffsetLedger {
    private final Map<TopicPartition, PartitionProgress> partitions = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    /** A record was read and handed to the writer. */
    public void started(TopicPartition partition, long offset) {
        partitions.computeIfAbsent(partition, p -> new PartitionProgress()).started(offset);
    }

    /** A record is safely written (or dead-lettered). Any thread. */
    public void finished(TopicPartition partition, long offset) {
        PartitionProgress progress = partitions.get(partition);
        if (progress != null) {
            progress.finished(offset);
        }
    }

    /** Records read but not yet finished, over every partition. */
    public int inFlight() {
        return partitions.values().stream().mapToInt(PartitionProgress::inFlight).sum();
    }

    /** The offsets that moved since the last {@link #markCommitted}, ready for {@code commitAsync/Sync}. */
    public Map<TopicPartition, OffsetAndMetadata> toCommit() {
        return toCommit(partitions.keySet());
    }

    /** Same as {@link #toCommit()}, limited to {@code among}. */
    public Map<TopicPartition, OffsetAndMetadata> toCommit(Collection<TopicPartition> among) {
        Map<TopicPartition, OffsetAndMetadata> result = new HashMap<>();
        for (TopicPartition partition : among) {
            PartitionProgress progress = partitions.get(partition);
            if (progress == null) {
                continue;
            }
            OptionalLong offset = progress.committable();
            Long last = committed.get(partition);
            if (offset.isPresent() && (last == null || offset.getAsLong() > last)) {
                result.put(partition, new OffsetAndMetadata(offset.getAsLong()));
            }
        }
        return result;
    }

    /** Records that {@code offsets} were committed. */
    public void markCommitted(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> committed.merge(partition, offset.offset(), Math::max));
    }

    /** Drops partitions this consumer no longer owns. */
    public void forget(Collection<TopicPartition> lost) {
        for (TopicPartition partition : lost) {
            partitions.remove(partition);
            committed.remove(partition);
        }
    }
}
