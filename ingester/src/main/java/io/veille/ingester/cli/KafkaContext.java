package io.veille.ingester.cli;

import io.veille.common.config.VeilleConfig;
import io.veille.common.kafka.TopicBootstrap;
import io.veille.common.kafka.VeilleTopics;
import io.veille.ingester.registry.KafkaClients;
import io.veille.ingester.schedule.IngesterSetup;

import java.util.Map;

/** The Kafka side of the ingester's commands: client properties, topic names, topics created when missing. */
final class KafkaContext {
    final VeilleConfig config;
    final Map<String, Object> clientProps;
    final VeilleTopics topics;

    KafkaContext(VeilleConfig config) {
        this.config = config;
        this.clientProps = KafkaClients.common(config);
        this.topics = IngesterSetup.topics(config);
    }

    /** Creates the topics that do not exist yet (idempotent). */
    KafkaContext ensureTopics() {
        TopicBootstrap.ensureTopics(config);
        return this;
    }
}
