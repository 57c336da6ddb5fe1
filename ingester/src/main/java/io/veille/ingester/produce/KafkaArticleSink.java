package io.veille.ingester.produce;

import io.veille.common.event.RawArticle;
import io.veille.common.kafka.Serdes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Produces raw articles to {@code veille.articles.raw}, key = article id, with an idempotent
 * producer ({@code acks=all}, {@code enable.idempotence}, zstd compression). A failed send is
 * reported by the next {@link #flush}, so the caller never records as emitted what was not. The producer
 * is created by the first {@link #send}: a pass where every feed answers 304 never pays for it.
 */
public final class KafkaArticleSink implements ArticleSink, AutoCloseable {
    private final String topic;
    private final Map<String, Object> props;
    private volatile KafkaProducer<String, RawArticle> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    public KafkaArticleSink(Map<String, Object> clientProps, String topic) {
        this.topic = topic;
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        this.props = props;
    }

    private KafkaProducer<String, RawArticle> producer() {
        KafkaProducer<String, RawArticle> p = producer;
        if (p == null) {
            synchronized (this) {
                p = producer;
                if (p == null) {
                    p = new KafkaProducer<>(props, new StringSerializer(), Serdes.rawArticle().serializer());
                    producer = p;
                }
            }
        }
        return p;
    }

    @Override
    public void send(RawArticle article) {
        producer().send(new ProducerRecord<>(topic, article.id(), article), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    @Override
    public void flush() {
        KafkaProducer<String, RawArticle> p = producer;
        if (p != null) {
            p.flush();
        }
        Exception e = failure.getAndSet(null);
        if (e != null) {
            throw new IllegalStateException("cannot write to " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
