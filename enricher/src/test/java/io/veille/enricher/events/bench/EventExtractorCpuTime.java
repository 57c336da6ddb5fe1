package io.veille.enricher.events.bench;

import io.veille.enricher.events.EventExtractor;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * A companion to {@link EventExtractorBenchmark} for shared machines: extractions per second of CPU time of
 * the measuring thread, which other processes competing for the cores do not count against (JMH measures
 * wall-clock time). Warms up, then measures each fixture for 5 seconds of CPU. Run with {@link #main}.
 */
public final class EventExtractorCpuTime {
    private EventExtractorCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        EventExtractor extractor = new EventExtractor();
        Instant published = Instant.parse("2026-02-01T08:00:00Z");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String name : new String[] {"bench-article-fr.txt", "bench-article-en.txt", "bench-article-typical-fr.txt"}) {
            String text = resource(name);
            for (int i = 0; i < 20_000; i++) {
                extractor.extract("Agenda", text, published, null);
            }
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long n = 0;
            while (mx.getCurrentThreadCpuTime() - cpu0 < 5_000_000_000L) {
                for (int i = 0; i < 100; i++) {
                    extractor.extract("Agenda", text, published, null);
                }
                n += 100;
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            System.out.printf(Locale.ROOT, "%-30s %8.0f extractions per CPU-second (%8.0f per wall-second)%n",
                    name, n / cpu, n / wall);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EventExtractorCpuTime.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
