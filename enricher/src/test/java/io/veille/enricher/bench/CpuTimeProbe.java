package io.veille.enricher.bench;

import io.veille.common.event.RawArticle;
import io.veille.enricher.Understanding;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Companion to {@link UnderstandingBenchmark} for shared, overloaded machines: enriches the same 3 KB
 * articles on one thread and reports articles per second of that thread's CPU time (which other processes'
 * load does not inflate) next to articles per second of wall time. Run with {@code main}.
 */
public final class CpuTimeProbe {
    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Understanding understanding = Understanding.withDefaults();
        List<RawArticle> articles = UnderstandingBenchmark.threeKilobyteArticles();
        for (int round = 0; round < 30; round++) { // warm-up
            articles.forEach(understanding::enrich);
        }
        for (int run = 1; run <= 5; run++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            int n = 0;
            for (int round = 0; round < 20; round++) {
                for (RawArticle a : articles) {
                    understanding.enrich(a);
                    n++;
                }
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            System.out.printf("run %d: %d articles, %.0f articles/s of CPU time, %.0f articles/s of wall time%n",
                    run, n, n / cpu, n / wall);
        }
    }
}
