package io.veille.bench.run;

import io.veille.bench.report.BenchReport;
import io.veille.common.config.VeilleConfig;
import io.veille.common.kafka.VeilleTopics;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every measurement of one run shares: where Kafka and Elasticsearch are, the run's own topic prefix
 * and index alias (so a run never touches another run's or a user's data), the output directory, the
 * report being filled and the progress stream.
 */
public final class BenchContext {
    private final String bootstrap;
    private final String elasticsearchUrl;
    private final String runId;
    private final int partitions;
    private final Path outDir;
    private final BenchReport report;
    private final PrintWriter progress;

    public BenchContext(String bootstrap, String elasticsearchUrl, String runId, int partitions, Path outDir,
                        BenchReport report, PrintWriter progress) {
        this.bootstrap = bootstrap;
        this.elasticsearchUrl = elasticsearchUrl;
        this.runId = runId;
        this.partitions = partitions;
        this.outDir = outDir;
        this.report = report;
        this.progress = progress;
    }

    public String bootstrap() {
        return bootstrap;
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    public int partitions() {
        return partitions;
    }

    public Path outDir() {
        return outDir;
    }

    public BenchReport report() {
        return report;
    }

    /** The topic prefix of one part of the run: {@code veille-bench-<run>.<part>.}. */
    public String prefix(String part) {
        return "veille-bench-" + runId + "." + part + ".";
    }

    /** The index alias of one part of the run. */
    public String alias(String part) {
        return "veille-bench-" + runId + "-" + part;
    }

    public VeilleTopics topics(String part) {
        return new VeilleTopics(prefix(part));
    }

    /** Prints one line of progress (stderr), with the time since the JVM started. */
    public void progress(String format, Object... args) {
        progress.printf("[bench %5.1fs] %s%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
                String.format(format, args));
        progress.flush();
    }

    /**
     * The configuration of one part of the run: Kafka, Elasticsearch, the part's topic prefix, alias and
     * consumer groups, plus {@code extra}; written as {@code <out>/<part>.yaml} for the child processes and
     * loaded back from it, so that in-process and child services read the same file.
     */
    public ServiceConfig config(String part, Map<String, String> extra) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("data-dir", outDir.resolve("data").resolve(part).toAbsolutePath().toString());
        values.put("topics.prefix", prefix(part));
        values.put("topics.partitions", Integer.toString(partitions));
        values.put("kafka.bootstrap-servers", bootstrap);
        values.put("elasticsearch.url", elasticsearchUrl);
        values.put("elasticsearch.alias", alias(part));
        values.put("ingester.group-id", prefix(part) + "ingester");
        values.put("enricher.application-id", "veille-bench-" + runId + "-" + part + "-enricher");
        values.put("indexer.group-id", prefix(part) + "indexer");
        values.putAll(extra);
        Files.createDirectories(outDir);
        Path file = outDir.resolve(part + ".yaml");
        StringBuilder yaml = new StringBuilder("# written by veille bench for its '" + part + "' measurement\n");
        values.forEach((k, v) -> yaml.append(k).append(": \"").append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
        Files.writeString(file, yaml);
        return new ServiceConfig(file, VeilleConfig.load(file, Map.of()), values);
    }

    /** A part's configuration: the file the services read, and its values. */
    public record ServiceConfig(Path file, VeilleConfig config, Map<String, String> values) {
    }
}
