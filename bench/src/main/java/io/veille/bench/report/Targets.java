package io.veille.bench.report;

import io.veille.bench.report.BenchReport.Section;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The targets and key ratios, computed from a report's figures and added to it: a target whose
 * figure is missing is "not measured", never met.
 */
public final class Targets {
    public static final double PIPELINE_SHARE_OF_ES = 0.8;
    public static final double ENRICHMENT_PER_CORE = 5_000;
    public static final double P99_MILLIS = 2_000;
    public static final double RSS_MIB = 512;
    public static final double IDLE_CPU_PERCENT = 5;

    private Targets() {
    }

    public static void evaluate(BenchReport r) {
        OptionalDouble pipeline = r.value(Section.PIPELINE, "articlesPerSecond");
        OptionalDouble es = r.value(Section.ELASTICSEARCH, "documentsPerSecond");
        OptionalDouble kafka = r.value(Section.KAFKA, "recordsPerSecond");
        OptionalDouble perCore = r.value(Section.ENRICHMENT, "articlesPerCpuSecond");
        if (pipeline.isPresent() && es.isPresent()) {
            r.ratio("pipeline ÷ Elasticsearch baseline", pipeline.getAsDouble() / es.getAsDouble());
        }
        if (pipeline.isPresent() && kafka.isPresent()) {
            r.ratio("pipeline ÷ Kafka baseline", pipeline.getAsDouble() / kafka.getAsDouble());
        }
        perCore.ifPresent(v -> r.ratio("enrichment per core (articles per CPU-second)", v));

        if (pipeline.isPresent() && es.isPresent()) {
            double ratio = pipeline.getAsDouble() / es.getAsDouble();
            r.target("pipelineVsElasticsearch", "pipeline ≥ 0.8 × Elasticsearch baseline",
                    String.format(Locale.ROOT, "%.2f × (%.0f ÷ %.0f articles/s)", ratio, pipeline.getAsDouble(), es.getAsDouble()),
                    ratio >= PIPELINE_SHARE_OF_ES);
        } else {
            r.target("pipelineVsElasticsearch", "pipeline ≥ 0.8 × Elasticsearch baseline", "n/a", null);
        }
        check(r, "enrichmentPerCore", "enrichment ≥ 5,000 articles/s per core", perCore, "%.0f articles/s per core",
                v -> v >= ENRICHMENT_PER_CORE);
        check(r, "latencyP99", "produce → searchable p99 ≤ 2 s at 50 % load", r.value(Section.PIPELINE, "latencyP99"),
                "%.0f ms", v -> v <= P99_MILLIS);
        check(r, "enricherRss", "enricher ≤ 512 MiB RSS (peak)", r.value(Section.MEMORY, "enricherPeakRssMiB"), "%.0f MiB",
                v -> v <= RSS_MIB);
        check(r, "indexerRss", "indexer ≤ 512 MiB RSS (peak)", r.value(Section.MEMORY, "indexerPeakRssMiB"), "%.0f MiB",
                v -> v <= RSS_MIB);
        check(r, "idleIngestCpu", "idle ingestion pass ≤ 5 % of the first pass's CPU", r.value(Section.INGESTION, "idleCpuShare"),
                "%.1f %%", v -> v <= IDLE_CPU_PERCENT);
    }

    private static void check(BenchReport r, String key, String goal, OptionalDouble value, String format,
                              java.util.function.DoublePredicate met) {
        if (value.isEmpty() || Double.isNaN(value.getAsDouble())) {
            r.target(key, goal, "n/a", null);
        } else {
            r.target(key, goal, String.format(Locale.ROOT, format, value.getAsDouble()), met.test(value.getAsDouble()));
        }
    }
}
