package io.veille.bench.run;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells when the enricher has finished everything produced so far to its input topic: when its consumer
 * group's committed offsets reach the topic's end offsets. With exactly-once, the offsets are committed in
 * the same transaction as the enriched records, so that moment is when the last enriched article is
 * committed. Watching offsets costs a few admin requests, where reading the enriched topic back would
 * load the broker and the machine being measured.
 */
final class EnricherProgress implements AutoCloseable {
    private final Admin admin;
    private final String groupId;
    private final String topic;
    private volatile long reachedAt = -1;
    private volatile boolean running = true;
    private Thread thread;

    EnricherProgress(Map<String, Object> clientProps, String groupId, String topic) {
        this.admin = Admin.create(clientProps);
        this.groupId = groupId;
        this.topic = topic;
    }

    /** From now on, in the background, waits for the group to reach the topic's current end offsets. */
    void awaitCurrentEnd() throws Exception {
        Map<TopicPartition, Long> end = endOffsets();
        thread = new Thread(() -> {
            while (running) {
                try {
                    if (reached(end)) {
                        reachedAt = System.nanoTime();
                        return;
                    }
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // the broker is busy: ask again
                }
            }
        }, "bench-enricher-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private Map<TopicPartition, Long> endOffsets() throws Exception {
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private boolean reached(Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata offset = committed.get(partition.getKey());
            if (partition.getValue() > 0 && (offset == null || offset.offset() < partition.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The {@link System#nanoTime()} at which the group reached the end, or -1. */
    long reachedAt() {
        return reachedAt;
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        admin.close();
    }
}
