package io.veille.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link BenchReport} as a Markdown table (for people and the README) and as JSON (for tools),
 * with the same figures in both: the JSON keeps full precision, the table rounds for reading.
 */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** The Markdown: the machine line, the table of figures, the key ratios, the targets, the notes. */
    public static String markdown(BenchReport report) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> m = report.machine();
        md.append("Machine: ").append(m.get("cores")).append(" cores, ").append(m.get("memoryMiB")).append(" MiB, ")
                .append(m.get("java")).append(", ").append(m.get("date"))
                .append(", load average ").append(m.get("loadAverageAtStart"));
        if (m.containsKey("loadAverageAtEnd")) {
            md.append(" at start, ").append(m.get("loadAverageAtEnd")).append(" at end");
        }
        md.append("\n\n| measurement | figure | value |\n| --- | --- | ---: |\n");
        BenchReport.Section last = null;
        for (BenchReport.Figure f : report.figures()) {
            md.append("| ").append(f.section() == last ? "" : f.section().label).append(" | ").append(f.label())
                    .append(" | ").append(number(f.value())).append(f.unit().isEmpty() ? "" : " " + f.unit()).append(" |\n");
            last = f.section();
        }
        if (!report.ratios().isEmpty()) {
            md.append("\nKey ratios:\n");
            report.ratios().forEach((k, v) -> md.append("- ").append(k).append(": **").append(number(v)).append("**\n"));
        }
        if (!report.targets().isEmpty()) {
            md.append("\n| target | measured | |\n| --- | --- | --- |\n");
            for (BenchReport.Target t : report.targets()) {
                md.append("| ").append(t.goal()).append(" | ").append(t.measured()).append(" | ")
                        .append(t.met() == null ? "not measured" : t.met() ? "met" : "**missed**").append(" |\n");
            }
        }
        if (!report.notes().isEmpty()) {
            md.append("\nNotes:\n");
            report.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** The JSON document: machine, settings, measurements by section, ratios, targets, notes. */
    public static String json(BenchReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", report.machine());
        root.put("settings", report.settings());
        Map<String, Map<String, Object>> measurements = new LinkedHashMap<>();
        for (BenchReport.Figure f : report.figures()) {
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("value", f.value());
            figure.put("unit", f.unit());
            figure.put("label", f.label());
            measurements.computeIfAbsent(f.section().key, k -> new LinkedHashMap<>()).put(f.key(), figure);
        }
        root.put("measurements", measurements);
        root.put("ratios", report.ratios());
        List<Map<String, Object>> targets = report.targets().stream().map(t -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("key", t.key());
            map.put("goal", t.goal());
            map.put("measured", t.measured());
            map.put("met", t.met());
            return map;
        }).toList();
        root.put("targets", targets);
        root.put("notes", report.notes());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /** Writes {@code bench.json} and {@code bench.md} into {@code dir} (created when missing); returns the JSON file. */
    public static Path write(BenchReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve("bench.json");
        Files.writeString(json, json(report));
        Files.writeString(dir.resolve("bench.md"), markdown(report));
        return json;
    }

    /** A figure for reading: no decimals from 100 up and for whole numbers, with thousands separators; two otherwise. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
