package io.veille.ingester.registry;

import io.veille.common.config.VeilleConfig;
import org.apache.kafka.clients.CommonClientConfigs;

import java.util.HashMap;
import java.util.Map;

/** Kafka client properties from the configuration: {@code kafka.bootstrap-servers} plus every {@code kafka.client.*}. */
public final class KafkaClients {
    private KafkaClients() {
    }

    public static Map<String, Object> common(VeilleConfig config) {
        Map<String, Object> props = new HashMap<>(config.subtree("kafka.client"));
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.string("kafka.bootstrap-servers"));
        return props;
    }
}
