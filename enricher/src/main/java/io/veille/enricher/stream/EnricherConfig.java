package io.veille.enricher.stream;

import io.veille.common.config.VeilleConfig;
import io.veille.common.kafka.VeilleTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The Kafka Streams settings of the enricher, from Veille's configuration. Every setting documented
 * in {@code docs/enricher-streams.md}; any Kafka client property under {@code kafka.client.} passes
 * through.
 */
public final class EnricherConfig {
    private EnricherConfig() {
    }

    public static Properties streamsProperties(VeilleConfig config, VeilleTopics topics) {
        Properties p = new Properties();
        p.putAll(config.subtree("kafka.client"));
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.optional("enricher.application-id").orElse("veille-enricher"));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.string("kafka.bootstrap-servers"));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.optional("enricher.state-dir")
                .orElse(Path.of(config.string("data-dir"), "streams").toAbsolutePath().toString()));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.optional("enricher.threads").orElse("1"));
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.optional("enricher.standby-replicas").orElse("0"));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.optional("topics.replication-factor").orElse("-1"));
        // poison records: to the dead-letter topic with their reason, and keep going
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.articlesDlq());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return p;
    }
}
