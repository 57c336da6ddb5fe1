package io.veille.localstack;

import io.veille.common.kafka.VeilleTopics;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same stack in Docker containers ({@code apache/kafka}, Elastic's {@code elasticsearch} image),
 * used only when asked for with {@code -Dveille.stack=docker} and a Docker daemon answers. Fault
 * controls (stop, start, kill) stop and start the containers themselves.
 */
final class ContainerStack {
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String ELASTICSEARCH_IMAGE = "elasticsearch:" + ElasticsearchDistribution.version();

    private ContainerStack() {
    }

    static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable noDocker) {
            return false;
        }
    }

    static LocalStack start(VeilleTopics topics, int partitions) {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        ElasticsearchContainer elasticsearch = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        LocalStack stack = new LocalStack(new ContainerKafka(kafka), new ContainerElasticsearch(elasticsearch), topics, null);
        stack.kafka().start();
        stack.elasticsearch().start();
        stack.createTopics(partitions);
        return stack;
    }

    private record ContainerKafka(KafkaContainer container) implements KafkaServer {
        public String bootstrapServers() { return container.getBootstrapServers(); }
        public KafkaServer start() { container.start(); return this; }
        public void stop() { container.getDockerClient().stopContainerCmd(container.getContainerId()).exec(); }
        public void kill() { container.getDockerClient().killContainerCmd(container.getContainerId()).exec(); }
        public void close() { container.stop(); }
    }

    private record ContainerElasticsearch(ElasticsearchContainer container) implements ElasticsearchServer {
        public String url() { return "http://" + container.getHttpHostAddress(); }
        public ElasticsearchServer start() { container.start(); return this; }
        public void stop() { container.getDockerClient().stopContainerCmd(container.getContainerId()).exec(); }
        public void close() { container.stop(); }
    }
}
