package io.veille.ingester.cli;

import io.veille.common.config.VeilleConfig;
import io.veille.ingester.produce.PollOutcome;
import io.veille.ingester.registry.FeedFileException;
import io.veille.ingester.registry.FeedFiles;
import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.registry.KafkaFeedRegistry;
import io.veille.ingester.schedule.IngestDaemon;
import io.veille.ingester.schedule.OncePass;
import io.veille.ingester.schedule.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code veille ingest [--once] [--feeds FILE]}: the ingester. As a daemon it shares the registry's
 * feeds with the other instances of its consumer group and polls each when due, until SIGTERM or
 * Ctrl-C. With {@code --once} it polls every enabled feed once, prints the summary line and exits 0,
 * or 1 when any feed failed (each failure is one stderr line). {@code --feeds FILE} first adds the
 * feeds of an OPML or YAML file to the registry (exit 2 when the file cannot be read).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Fetch the registry's feeds and produce raw articles to Kafka (daemon, or --once).")
public final class IngestCommand implements Callable<Integer> {
    @Option(names = "--once", description = "Poll every enabled feed once, print a summary and exit (1 if any feed failed).")
    boolean once;

    @Option(names = "--feeds", paramLabel = "FILE", description = "Add the feeds of this OPML or YAML file to the registry first.")
    Path feedsFile;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML configuration file (see docs/configuration.md).")
    Path configFile;

    @Option(names = "--allow-loopback", description = "Allow feeds on 127.0.0.1/::1 (tests and the demo).")
    boolean allowLoopback;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** Set by tests instead of {@code --config}. */
    VeilleConfig config;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VeilleConfig cfg = config != null ? config : VeilleConfig.load(configFile);
        if (allowLoopback) {
            cfg = cfg.with("ingester.http.allow-loopback", "true");
        }
        List<FeedRecord> fromFile = List.of();
        if (feedsFile != null) {
            try {
                fromFile = FeedFiles.read(feedsFile, Instant.now());
            } catch (FeedFileException e) {
                err.println("veille ingest: " + e.getMessage());
                err.flush();
                return 2;
            }
        }
        try (IngesterService ingester = new IngesterService(cfg)) {
            KafkaFeedRegistry registry = ingester.registry();
            fromFile.forEach(registry::put);
            if (once) {
                RunSummary summary = new OncePass(ingester.poller(), ingester.threads(), registry::put)
                        .run(registry.all(), new java.util.HashMap<>(ingester.states().loadAll()));
                for (PollOutcome o : summary.outcomes()) {
                    if (o.status() == PollOutcome.Status.FAILED) {
                        err.println("feed " + o.feedId() + ": " + o.error());
                    }
                }
                out.println(summary.line());
                out.flush();
                err.flush();
                return summary.failed() > 0 ? 1 : 0;
            }
            IngestDaemon daemon = ingester.daemon();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                daemon.stop();
                try {
                    stopped.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "veille-ingest-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("veille ingest: polling the feeds of group " + ingester.groupId() + " (Ctrl-C stops)");
            out.flush();
            try {
                daemon.run();
            } finally {
                stopped.countDown();
            }
            return 0;
        }
    }
}
