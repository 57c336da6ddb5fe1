package io.veille.enricher.cli;

import io.veille.common.config.VeilleConfig;
import io.veille.enricher.stream.EnricherApp;
import io.veille.enricher.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code veille enrich}: the Kafka Streams enricher, until stopped (Ctrl-C or SIGTERM stop it cleanly). */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enricher: veille.articles.raw → veille.articles.enriched, alerts and trends (Kafka Streams).")
public final class EnrichCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration overlaying the defaults")
    Path configFile;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "a taxonomy of your own (default: enricher.taxonomy, else the bundled one)")
    Path taxonomyFile;

    @Override
    public Integer call() throws InterruptedException {
        VeilleConfig config = VeilleConfig.load(configFile);
        EnricherService enricher = new EnricherService(config, taxonomyFile);
        EnricherApp app = enricher.app();
        Taxonomy taxonomy = enricher.taxonomy();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "enricher-stop"));
        app.start();
        if (app.awaitRunning(Duration.ofSeconds(60))) {
            System.err.printf("veille enrich: running (taxonomy %s, %s)%n", taxonomy.version(), config.string("kafka.bootstrap-servers"));
        }
        stopped.await();
        return 0;
    }
}
