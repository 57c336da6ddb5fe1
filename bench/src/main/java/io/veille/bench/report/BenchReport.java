package io.veille.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark run, in the order they were measured, with the machine and every setting
 * they depend on, the key ratios and the targets. Filled by the run, rendered by {@link ReportWriter}.
 * Not thread-safe: one run fills it.
 */
public final class BenchReport {
    /** The six measurements. */
    public enum Section {
        KAFKA("kafkaBaseline", "Kafka baseline"),
        ELASTICSEARCH("elasticsearchBaseline", "Elasticsearch baseline"),
        ENRICHMENT("enrichment", "Enrichment alone"),
        INGESTION("ingestion", "Ingestion"),
        PIPELINE("pipeline", "Pipeline end to end"),
        MEMORY("memory", "Memory");

        public final String key;
        public final String label;

        Section(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    /** One measured figure. */
    public record Figure(Section section, String key, String label, double value, String unit) {
    }

    /**
     * One target of the issue.
     *
     * @param met null when the figure could not be measured
     */
    public record Target(String key, String goal, String measured, Boolean met) {
    }

    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Double> ratios = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public BenchReport machine(Map<String, Object> values) {
        machine.putAll(values);
        return this;
    }

    public BenchReport machine(String key, Object value) {
        machine.put(key, value);
        return this;
    }

    public BenchReport setting(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    public BenchReport figure(Section section, String key, String label, double value, String unit) {
        figures.add(new Figure(section, key, label, value, unit));
        return this;
    }

    public BenchReport ratio(String key, double value) {
        ratios.put(key, value);
        return this;
    }

    public BenchReport target(String key, String goal, String measured, Boolean met) {
        targets.add(new Target(key, goal, measured, met));
        return this;
    }

    /** A remark about the run (a phase that failed, what limits a figure). */
    public BenchReport note(String note) {
        notes.add(note);
        return this;
    }

    /** The value of a figure, if measured. */
    public java.util.OptionalDouble value(Section section, String key) {
        return figures.stream().filter(f -> f.section() == section && f.key().equals(key))
                .mapToDouble(Figure::value).findFirst();
    }

    public Map<String, Object> machine() {
        return Collections.unmodifiableMap(machine);
    }

    public Map<String, Object> settings() {
        return Collections.unmodifiableMap(settings);
    }

    public List<Figure> figures() {
        return Collections.unmodifiableList(figures);
    }

    public Map<String, Double> ratios() {
        return Collections.unmodifiableMap(ratios);
    }

    public List<Target> targets() {
        return Collections.unmodifiableList(targets);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }
}
