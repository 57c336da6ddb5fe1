package io.veille.bench.run;

import io.veille.bench.report.BenchReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time, by role, of the processes that share this machine's cores during a measurement: the bench
 * itself, the Elasticsearch and Kafka it started (its descendants), and the Veille services. Two snapshots
 * give what each role spent between them, so a throughput can be read against the cores it used up.
 * A role whose processes are not ours (a cluster given with {@code --kafka}/{@code --es}) is absent.
 */
final class StackCpu {
    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private StackCpu() {
    }

    /** Role → CPU seconds so far (user + system, threads that ended included), for every process of ours. */
    static Map<String, Double> snapshot() {
        Map<String, Double> byRole = new LinkedHashMap<>();
        add(byRole, "bench", ProcessHandle.current());
        try (Stream<ProcessHandle> descendants = ProcessHandle.current().descendants()) {
            descendants.forEach(p -> {
                String role = role(p.info().commandLine().orElse(""));
                if (role != null) {
                    add(byRole, role, p);
                }
            });
        }
        return byRole;
    }

    /** What each role spent from {@code before} to {@code after}, in CPU seconds. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> spent = new LinkedHashMap<>();
        after.forEach((role, seconds) -> spent.put(role, seconds - before.getOrDefault(role, 0.0)));
        return spent;
    }

    /**
     * Reports what each role spent per item ({@code per}: document, record, article) as
     * {@code cpuPer<Item>.<role>} figures of {@code section}; returns the CPU seconds of all roles.
     */
    static double report(BenchReport r, BenchReport.Section section, Map<String, Double> spent, int items, String per) {
        double total = 0;
        String key = "cpuPer" + Character.toUpperCase(per.charAt(0)) + per.substring(1);
        for (Map.Entry<String, Double> role : spent.entrySet()) {
            r.figure(section, key + "." + role.getKey(), "CPU per " + per + ", " + role.getKey(), role.getValue() * 1e3 / items, "ms");
            total += role.getValue();
        }
        return total;
    }

    /** The role of a process by its command line, or null for one we do not count (a shell, a launcher). */
    static String role(String commandLine) {
        if (!commandLine.contains("java")) {
            return null;
        }
        // the services first: their class path names Kafka's and Elasticsearch's client jars
        if (commandLine.contains("io.veille.bench.ServiceMain enrich")) {
            return "enricher";
        }
        if (commandLine.contains("io.veille.bench.ServiceMain index")) {
            return "indexer";
        }
        if (commandLine.contains("org.elasticsearch.bootstrap.Elasticsearch")) {
            return "elasticsearch";
        }
        if (commandLine.contains(" kafka.Kafka ")) {
            return "kafka";
        }
        return null;
    }

    private static void add(Map<String, Double> byRole, String role, ProcessHandle process) {
        double seconds = cpuSeconds(process.pid());
        if (seconds >= 0) {
            byRole.merge(role, seconds, Double::sum);
        }
    }

    /** utime + stime of {@code /proc/<pid>/stat}, in seconds, or -1 (not Linux, or the process is gone). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name, field 2, is in parentheses and may hold spaces: count fields after its ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
