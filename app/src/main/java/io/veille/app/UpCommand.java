package io.veille.app;

import io.veille.common.config.VeilleConfig;
import io.veille.common.kafka.VeilleTopics;
import io.veille.localstack.LocalStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code veille up}: starts local Kafka and Elasticsearch under the data dir, creates the topics,
 * prints where they listen, and runs until Ctrl-C (or SIGTERM), which stops everything.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start local Kafka and Elasticsearch (no Docker needed) and run until Ctrl-C.")
final class UpCommand implements Callable<Integer> {
    @Option(names = "--data-dir", description = "Where the servers keep their data (default: data-dir of the configuration, .veille).")
    Path dataDir;

    @Option(names = "--config", description = "A YAML configuration file (see docs/configuration.md).")
    Path config;

    @Option(names = "--fresh", description = "Delete the data of previous runs first.")
    boolean fresh;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Preferred Kafka port; another free one is taken when busy (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--es-port", defaultValue = "9200", description = "Preferred Elasticsearch port; another free one is taken when busy (default: ${DEFAULT-VALUE}).")
    int esPort;

    @Option(names = "--exit", description = "Stop as soon as everything is up (for scripts and tests).")
    boolean exitWhenUp;

    @Override
    public Integer call() throws InterruptedException {
        VeilleConfig configuration = VeilleConfig.load(config);
        Path dir = (dataDir != null ? dataDir : Path.of(configuration.string("data-dir"))).toAbsolutePath();
        if (fresh) {
            LocalStack.deleteLocalData(dir);
        }
        long started = System.nanoTime();
        System.out.println("Starting Kafka and Elasticsearch under " + dir + " …");
        LocalStack stack = LocalStack.startLocal(dir, kafkaPort, esPort, false,
                new VeilleTopics(configuration.string("topics.prefix")), configuration.integer("topics.partitions"));
        System.out.printf("Kafka          %s%n", stack.kafka().bootstrapServers());
        System.out.printf("Elasticsearch  %s%n", stack.elasticsearch().url());
        System.out.printf("Up in %.1f s. Topics ready (prefix '%s'). Press Ctrl-C to stop.%n",
                (System.nanoTime() - started) / 1e9, stack.topics().prefix());
        if (exitWhenUp) {
            stack.close();
            return Veille.OK;
        }
        // Ctrl-C and SIGTERM run the stack's shutdown hook, which stops both servers.
        new CountDownLatch(1).await();
        return Veille.OK;
    }
}
