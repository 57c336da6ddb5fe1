package io.veille.bench.report;

import io.veille.bench.report.BenchReport.Section;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TargetsTest {
    private static Map<String, BenchReport.Target> targets(BenchReport r) {
        Targets.evaluate(r);
        return r.targets().stream().collect(Collectors.toMap(BenchReport.Target::key, Function.identity()));
    }

    @Test
    void each_target_is_met_or_missed_from_its_figure() {
        BenchReport r = new BenchReport()
                .figure(Section.ELASTICSEARCH, "documentsPerSecond", "", 1_000, "")
                .figure(Section.PIPELINE, "articlesPerSecond", "", 850, "")
                .figure(Section.ENRICHMENT, "articlesPerCpuSecond", "", 4_999, "")
                .figure(Section.PIPELINE, "latencyP99", "", 2_000, "")
                .figure(Section.MEMORY, "enricherPeakRssMiB", "", 513, "")
                .figure(Section.MEMORY, "indexerPeakRssMiB", "", 300, "")
                .figure(Section.INGESTION, "idleCpuShare", "", 4.9, "");
        Map<String, BenchReport.Target> t = targets(r);
        assertThat(t.get("pipelineVsElasticsearch").met()).isTrue();
        assertThat(t.get("enrichmentPerCore").met()).isFalse();
        assertThat(t.get("latencyP99").met()).isTrue();
        assertThat(t.get("enricherRss").met()).isFalse();
        assertThat(t.get("indexerRss").met()).isTrue();
        assertThat(t.get("idleIngestCpu").met()).isTrue();
        assertThat(r.ratios()).containsEntry("pipeline ÷ Elasticsearch baseline", 0.85)
                .containsEntry("enrichment per core (articles per CPU-second)", 4_999.0);
    }

    @Test
    void a_target_without_its_figure_is_not_measured_rather_than_met() {
        BenchReport r = new BenchReport().figure(Section.MEMORY, "indexerPeakRssMiB", "", Double.NaN, "MiB");
        Map<String, BenchReport.Target> t = targets(r);
        assertThat(t).hasSize(6);
        assertThat(t.values()).allSatisfy(target -> assertThat(target.met()).isNull());
    }
}
