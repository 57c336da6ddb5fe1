package io.veille.app;

import io.veille.app.up.UpRun;
import io.veille.common.config.VeilleConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code veille up [--demo]}: the whole pipeline in this process. Starts local Kafka and Elasticsearch
 * under the data dir (topics created), then the ingester, the enricher, the indexer and the HTTP API;
 * with {@code --demo} it first serves the bundled sample feeds on 127.0.0.1 and registers them. It
 * shows a status line, prints a summary once the first pass is indexed, and runs until Ctrl-C (or
 * SIGTERM), which stops everything; {@code --exit} stops after the first pass instead (exit 0, or 1 when
 * a feed failed). Logs go to {@code <data-dir>/logs/veille.log}.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline locally: Kafka, Elasticsearch, ingester, enricher, indexer and API (no Docker needed).",
                "With --demo, ingest the bundled sample feeds. Runs until Ctrl-C unless --exit."})
final class UpCommand implements Callable<Integer> {
    @Option(names = "--demo", description = "Serve the bundled sample feeds on 127.0.0.1 and ingest them.")
    boolean demo;

    @Option(names = "--exit", description = "Stop after the first full pass (exit 0, or 1 if a feed failed) instead of running until Ctrl-C.")
    boolean exitAfterPass;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the data, state and logs live (default: data-dir of the configuration, .veille).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML configuration file (see docs/configuration.md).")
    Path config;

    @Option(names = "--fresh", description = "Delete the data of previous runs first (Kafka, Elasticsearch, enricher state, demo feeds).")
    boolean fresh;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Preferred Kafka port; another free one is taken when busy (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--es-port", defaultValue = "9200", description = "Preferred Elasticsearch port; another free one is taken when busy (default: ${DEFAULT-VALUE}).")
    int esPort;

    @Option(names = "--api-port", paramLabel = "PORT", description = "Preferred port of the HTTP API and dashboard; another free one is taken when busy, 0 for any (default: api.port, 8080).")
    Integer apiPort;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        VeilleConfig configuration = VeilleConfig.load(config);
        Path dir = (dataDir != null ? dataDir : Path.of(configuration.string("data-dir"))).toAbsolutePath();
        UpRun.Options options = new UpRun.Options(dir, demo, exitAfterPass, fresh, kafkaPort, esPort,
                apiPort != null ? apiPort : configuration.integer("api.port"));
        return new UpRun(configuration, options, System.out, System.err).call();
    }
}
