package io.veille.indexer.http;

import io.veille.common.event.Alert;
import io.veille.common.kafka.EventSerde;
import io.veille.common.kafka.Serdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Alerts read from {@code veille.alerts}: at start, the last {@code kept} records of each partition; then
 * every new one, kept in memory (the latest {@code kept}) and pushed to subscribers.
 */
public final class KafkaAlertSource implements AlertSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaAlertSource.class);

    private final int kept;
    private final EventSerde<Alert> serde = Serdes.alert();
    private final Deque<Alert> latest = new ArrayDeque<>();
    private final List<Consumer<Alert>> subscribers = new CopyOnWriteArrayList<>();
    private final TopicTail tail;

    public KafkaAlertSource(Map<String, Object> kafka, String topic, int kept) {
        this.kept = kept;
        this.tail = new TopicTail(kafka, topic, "veille-serve-alerts-reader", TopicTail.Start.last(kept), this::accept);
    }

    @Override
    public List<Alert> recent(int limit) {
        synchronized (latest) {
            List<Alert> result = new ArrayList<>(Math.min(limit, latest.size()));
            for (Alert alert : latest) {
                if (result.size() == limit) {
                    break;
                }
                result.add(alert);
            }
            return Collections.unmodifiableList(result);
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<Alert> listener) {
        subscribers.add(listener);
        return () -> subscribers.remove(listener);
    }

    private void accept(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return;
        }
        Alert alert;
        try {
            alert = serde.read(record.value());
        } catch (RuntimeException e) {
            LOG.warn("Skipping unreadable alert at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        synchronized (latest) {
            latest.addFirst(alert);
            while (latest.size() > kept) {
                latest.removeLast();
            }
        }
        for (Consumer<Alert> subscriber : subscribers) {
            subscriber.accept(alert);
        }
    }

    @Override
    public void close() {
        tail.close();
    }
}
