package io.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.bench.cli.BenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI's smoke test of {@code veille bench --quick}: the command starts its own local stack, runs the six
 * measurements, prints the table and writes a well-formed bench.json. No threshold is asserted: the figures
 * of a shared CI machine say nothing about the code.
 */
class BenchQuickIT {
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "kafkaBaseline", List.of("recordsPerSecond"),
            "elasticsearchBaseline", List.of("documentsPerSecond"),
            "enrichment", List.of("articlesPerSecond", "articlesPerCpuSecond"),
            "ingestion", List.of("articlesPerSecond", "firstPassCpuSeconds", "idlePassCpuSeconds", "idleCpuShare"),
            "pipeline", List.of("articlesPerSecond", "latencyP50", "latencyP95", "latencyP99"),
            "memory", List.of("enricherPeakRssMiB", "enricherPeakHeapMiB", "indexerPeakRssMiB", "indexerPeakHeapMiB"));

    @Test
    void quick_run_prints_every_figure_and_writes_them_to_bench_json(@TempDir Path out) throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand());
        command.setOut(new PrintWriter(stdout));
        command.setErr(new PrintWriter(stderr));

        int exit = command.execute("--quick", "--out", out.toString());

        assertThat(exit).as("exit code; stderr:%n%s", stderr).isZero();
        assertThat(stdout.toString()).contains("| measurement | figure | value |", "Key ratios:",
                "pipeline ÷ Elasticsearch baseline", "enrichment per core");
        JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve("bench.json")));
        assertThat(json.path("machine").path("cores").asInt()).isPositive();
        assertThat(json.path("machine").path("java").asText()).isNotBlank();
        assertThat(json.path("settings").path("articles").asInt()).isEqualTo(2_000);
        EXPECTED.forEach((section, keys) -> keys.forEach(key -> {
            JsonNode value = json.path("measurements").path(section).path(key).path("value");
            assertThat(value.isNumber()).as("%s.%s in %s", section, key, json.path("measurements")).isTrue();
            assertThat(value.asDouble()).as("%s.%s", section, key).isFinite().isNotNegative();
        }));
        assertThat(json.path("targets")).hasSize(6);
        json.path("targets").forEach(t -> assertThat(t.path("met").isBoolean()).as(t.toString()).isTrue());
        assertThat(out.resolve("bench.md")).exists();
    }
}
