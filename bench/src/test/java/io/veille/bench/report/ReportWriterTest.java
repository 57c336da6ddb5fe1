package io.veille.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.bench.report.BenchReport.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {
    private static BenchReport report() {
        return new BenchReport()
                .machine(Map.of("cores", 2, "memoryMiB", 24_105, "java", "Test 17", "date", "2026-11-29T06:00:00Z",
                        "loadAverageAtStart", "1.0 / 1.0 / 1.0"))
                .setting("articles", 20_000)
                .figure(Section.ELASTICSEARCH, "documentsPerSecond", "documents/s", 1_234.5678, "docs/s")
                .figure(Section.PIPELINE, "articlesPerSecond", "articles/s", 1_000.4, "articles/s")
                .figure(Section.PIPELINE, "latencyP99", "produce → searchable p99", 1_875.25, "ms")
                .figure(Section.MEMORY, "indexerPeakRssMiB", "indexer: peak RSS", 42.125, "MiB")
                .ratio("pipeline ÷ Elasticsearch baseline", 0.8103)
                .target("latencyP99", "p99 ≤ 2 s", "1875 ms", true)
                .target("pipelineVsElasticsearch", "pipeline ≥ 0.8 × ES", "0.70 ×", false)
                .target("indexerRss", "indexer ≤ 512 MiB", "n/a", null)
                .note("a remark");
    }

    @Test
    void markdown_has_one_row_per_figure_with_its_section_once() {
        String md = ReportWriter.markdown(report());
        assertThat(md).contains("| measurement | figure | value |");
        assertThat(md).contains("| Elasticsearch baseline | documents/s | 1,235 docs/s |");
        assertThat(md).contains("| Pipeline end to end | articles/s | 1,000 articles/s |");
        assertThat(md).contains("|  | produce → searchable p99 | 1,875 ms |");
        assertThat(md).contains("| Memory | indexer: peak RSS | 42.13 MiB |");
        assertThat(md).contains("2 cores, 24105 MiB, Test 17, 2026-11-29T06:00:00Z");
    }

    @Test
    void markdown_states_ratios_and_each_target_as_met_missed_or_not_measured() {
        String md = ReportWriter.markdown(report());
        assertThat(md).contains("- pipeline ÷ Elasticsearch baseline: **0.81**");
        assertThat(md).contains("| p99 ≤ 2 s | 1875 ms | met |");
        assertThat(md).contains("| pipeline ≥ 0.8 × ES | 0.70 × | **missed** |");
        assertThat(md).contains("| indexer ≤ 512 MiB | n/a | not measured |");
        assertThat(md).contains("- a remark");
    }

    @Test
    void json_holds_the_same_figures_at_full_precision(@TempDir Path dir) throws Exception {
        Path file = ReportWriter.write(report(), dir);
        assertThat(file).isEqualTo(dir.resolve("bench.json"));
        assertThat(dir.resolve("bench.md")).exists();
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
        assertThat(json.path("settings").path("articles").asInt()).isEqualTo(20_000);
        assertThat(json.path("measurements").path("elasticsearchBaseline").path("documentsPerSecond").path("value").asDouble())
                .isEqualTo(1_234.5678);
        assertThat(json.path("measurements").path("pipeline").path("latencyP99").path("unit").asText()).isEqualTo("ms");
        assertThat(json.path("ratios").path("pipeline ÷ Elasticsearch baseline").asDouble()).isEqualTo(0.8103);
        assertThat(json.path("targets")).hasSize(3);
        assertThat(json.path("targets").get(0).path("met").asBoolean()).isTrue();
        assertThat(json.path("targets").get(2).path("met").isNull()).isTrue();
        assertThat(json.path("notes").get(0).asText()).isEqualTo("a remark");
    }

    @Test
    void numbers_read_without_false_precision() {
        assertThat(ReportWriter.number(12_345.6)).isEqualTo("12,346");
        assertThat(ReportWriter.number(3.14159)).isEqualTo("3.14");
        assertThat(ReportWriter.number(7.0)).isEqualTo("7");
        assertThat(ReportWriter.number(Double.NaN)).isEqualTo("n/a");
    }
}
