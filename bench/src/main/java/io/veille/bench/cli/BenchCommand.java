package io.veille.bench.cli;

import io.veille.bench.generate.ArticleGenerator;
import io.veille.bench.report.BenchReport;
import io.veille.bench.report.Machine;
import io.veille.bench.report.ReportWriter;
import io.veille.bench.report.Targets;
import io.veille.bench.run.BenchContext;
import io.veille.bench.run.ElasticsearchBaseline;
import io.veille.bench.run.EnrichmentMeasure;
import io.veille.bench.run.IngestionMeasure;
import io.veille.bench.run.KafkaBaseline;
import io.veille.bench.run.PipelineMeasure;
import io.veille.bench.run.RunCleanup;
import io.veille.common.config.VeilleConfig;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.kafka.VeilleTopics;
import io.veille.enricher.Understanding;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import io.veille.indexer.index.ArticleDocument;
import io.veille.localstack.LocalStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code veille bench}: measures, in one run and on the same synthetic articles, the Kafka and Elasticsearch
 * baselines, the enrichment alone, the ingestion, the pipeline end to end and the memory of its services;
 * prints a Markdown table with the key ratios and the targets (met or missed), and writes the same
 * figures to {@code DIR/bench.json} (and {@code DIR/bench.md}). Exit 0 when every measurement ran, 1 when
 * one failed (the others are still reported), 2 on bad options. See {@code docs/bench.md}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the pipeline against the limits of the machine; print a Markdown table, write DIR/bench.json.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", description = "synthetic articles (default 20,000; 2,000 with --quick)")
    Integer articles;

    @Option(names = "--quick", description = "a short run: 2,000 articles, 50 feeds × 10 items, 10 s of latency measurement")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "where bench.json, bench.md and the services' logs go (default <data-dir>/bench)")
    Path out;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP", description = "use this Kafka instead of starting a local one")
    String kafka;

    @Option(names = "--es", paramLabel = "URL", description = "use this Elasticsearch instead of starting a local one")
    String es;

    @Option(names = "--feeds", paramLabel = "M", description = "feeds served for the ingestion (default 500; 50 with --quick)")
    Integer feeds;

    @Option(names = "--items", paramLabel = "K", description = "items per feed (default 20; 10 with --quick)")
    Integer items;

    @Option(names = "--latency-seconds", paramLabel = "S", description = "how long the steady load of the latency measurement lasts (default 30; 10 with --quick)")
    Integer latencySeconds;

    @Option(names = "--seed", description = "seed of the article generator (default ${DEFAULT-VALUE})", defaultValue = "20261129")
    long seed;

    @Option(names = "--service-heap", paramLabel = "SIZE", description = "-Xmx of the enricher's and the indexer's JVMs (default ${DEFAULT-VALUE})", defaultValue = "256m")
    String serviceHeap;

    @Option(names = "--service-jvm-option", paramLabel = "OPTION", description = "an extra JVM option of both services (repeatable; {service} stands for enrich or index, e.g. -XX:StartFlightRecording=filename=/tmp/{service}.jfr)")
    List<String> serviceJvmOptions = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (its data-dir, topics.partitions and the services' tuning keys)")
    Path configFile;

    @Option(names = "--verbose", description = "print stack traces with errors")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = articles != null ? articles : quick ? 2_000 : 20_000;
        int m = feeds != null ? feeds : quick ? 50 : 500;
        int k = items != null ? items : quick ? 10 : 20;
        int latency = latencySeconds != null ? latencySeconds : quick ? 10 : 30;
        if (n < 10 || m < 1 || k < 1 || latency < 1) {
            throw new IllegalArgumentException("--articles must be at least 10, --feeds, --items and --latency-seconds at least 1");
        }
        VeilleConfig config = VeilleConfig.load(configFile);
        Path dir = out != null ? out : Path.of(config.string("data-dir"), "bench");
        Files.createDirectories(dir);
        int partitions = config.integer("topics.partitions");

        BenchReport report = new BenchReport().machine(Machine.describe());
        Map<String, String> tuning = tuning(config);
        report.setting("articles", n).setting("quick", quick).setting("seed", seed)
                .setting("feeds", m).setting("itemsPerFeed", k).setting("latencySeconds", latency)
                .setting("offeredLoadShareOfCapacity", 0.5).setting("partitions", partitions)
                .setting("serviceHeap", serviceHeap).setting("serviceJvmOptions", serviceJvmOptions)
                .setting("frenchShare", ArticleGenerator.FRENCH_SHARE).setting("topicShares", ArticleGenerator.TOPIC_SHARES)
                .setting("serviceConfig", tuning);

        LocalStack stack = null;
        List<String> failures = new ArrayList<>();
        try {
            String bootstrap = kafka;
            String esUrl = es;
            if (bootstrap == null || esUrl == null) {
                stack = startStack(err, partitions);
                bootstrap = bootstrap != null ? bootstrap : stack.kafka().bootstrapServers();
                esUrl = esUrl != null ? esUrl : stack.elasticsearch().url();
            }
            report.setting("kafka", kafka != null ? kafka : "local (started by the bench)");
            report.setting("elasticsearch", es != null ? es : "local (started by the bench)");
            String runId = Long.toString(System.currentTimeMillis(), 36);
            report.setting("runId", runId);
            BenchContext ctx = new BenchContext(bootstrap, esUrl, runId, partitions, dir, report, err);

            var taxonomy = TaxonomyLoader.loadDefault();
            report.setting("taxonomyVersion", taxonomy.version());
            ArticleGenerator generator = new ArticleGenerator(seed, taxonomy);
            ctx.progress("generating %,d articles (seed %d)", n, seed);
            List<RawArticle> raw = generator.articles(0, n);

            List<ArticleDocument> documents = null;
            try {
                List<EnrichedArticle> enriched = EnrichmentMeasure.run(ctx, Understanding.withDefaults(), raw, Math.min(n, 2_000),
                        Duration.ofSeconds(quick ? 2 : 20));
                documents = enriched.stream().map(ArticleDocument::of).toList();
            } catch (Exception | Error e) {
                failed(ctx, failures, "enrichment", e);
            }
            if (documents != null) {
                List<ArticleDocument> docs = documents;
                phase(ctx, failures, "Elasticsearch baseline", () -> ElasticsearchBaseline.run(ctx, docs));
                documents = null;
            }
            phase(ctx, failures, "Kafka baseline", () -> KafkaBaseline.run(ctx, raw));
            phase(ctx, failures, "ingestion", () -> IngestionMeasure.run(ctx, raw, m, k));
            phase(ctx, failures, "pipeline", () -> PipelineMeasure.run(ctx, generator, raw, latency,
                    new PipelineMeasure.Services(serviceHeap, serviceHeap, serviceJvmOptions), tuning));
            if (stack == null) {
                RunCleanup.run(ctx, runId);
            }
        } finally {
            report.machine("loadAverageAtEnd", Machine.loadAverage());
            if (stack != null) {
                progress(err, "stopping the local stack");
                stack.close();
            }
        }
        Targets.evaluate(report);
        failures.forEach(f -> report.note("failed: " + f));
        Path json = ReportWriter.write(report, dir);
        stdout.println(ReportWriter.markdown(report));
        stdout.println("Figures written to " + json.toAbsolutePath());
        stdout.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    /** Starts the local stack; a second attempt when the first fails (a loaded machine can exceed the servers' start-up timeouts). */
    private static LocalStack startStack(PrintWriter err, int partitions) throws java.io.IOException {
        for (int attempt = 1; ; attempt++) {
            progress(err, "starting the local stack (Kafka and Elasticsearch)…");
            Path work = Files.createTempDirectory("veille-bench-stack");
            try {
                return LocalStack.startLocal(work, 0, 0, true, VeilleTopics.withDefaultPrefix(), partitions);
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    throw e;
                }
                progress(err, "the local stack did not start (" + e.getMessage().lines().findFirst().orElse("") + "); trying once more");
            }
        }
    }

    /** The services' tuning keys as configured (defaults overlaid by --config), passed on to the pipeline's services. */
    private static Map<String, String> tuning(VeilleConfig config) {
        Map<String, String> tuning = new LinkedHashMap<>();
        config.asMap().forEach((key, value) -> {
            if ((key.startsWith("indexer.") && !key.equals("indexer.group-id"))
                    || (key.startsWith("enricher.") && !key.equals("enricher.application-id") && !key.equals("enricher.state-dir"))
                    || key.startsWith("kafka.client.")) {
                tuning.put(key, value);
            }
        });
        return tuning;
    }

    private interface Phase {
        void run() throws Exception;
    }

    private void phase(BenchContext ctx, List<String> failures, String name, Phase phase) {
        try {
            phase.run();
        } catch (Exception | Error e) {
            failed(ctx, failures, name, e);
        }
    }

    private void failed(BenchContext ctx, List<String> failures, String name, Throwable e) {
        failures.add(name + ": " + e);
        ctx.progress("%s failed: %s", name, e);
        if (verbose) {
            e.printStackTrace(spec.commandLine().getErr());
        }
    }

    private static void progress(PrintWriter err, String line) {
        err.println("[bench] " + line);
        err.flush();
    }
}
