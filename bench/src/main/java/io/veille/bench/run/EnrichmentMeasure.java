package io.veille.bench.run;

import io.veille.bench.report.BenchReport;
import io.veille.bench.report.BenchReport.Section;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.enricher.Understanding;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measurement 3: the enricher's {@link Understanding} alone, in-process, on one thread, no Kafka. After a
 * warm-up (the JIT has compiled the hot paths, as in a running service), it enriches the N articles and
 * reports articles per second of wall time and per second of the thread's CPU time (the per-core rate,
 * which other processes sharing the cores do not lower).
 *
 * <p>The warm-up lasts at least a number of articles and at least a time: on 2 cores the JIT's optimizing
 * compiler needs 10–20 s to settle (JMH's iterations still rise after 15 s), and 2,000 articles took half a
 * second, so the figure measured the compiler as much as the code.
 */
public final class EnrichmentMeasure {
    private EnrichmentMeasure() {
    }

    /** Runs the measurement; returns the enriched articles, in order. */
    public static List<EnrichedArticle> run(BenchContext ctx, Understanding understanding, List<RawArticle> articles,
                                            int warmup, Duration warmupTime) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ctx.progress("enrichment alone: warming up on at least %,d articles and %d s", warmup, warmupTime.toSeconds());
        long warmupEnd = System.nanoTime() + warmupTime.toNanos();
        for (int i = 0; i < warmup || System.nanoTime() < warmupEnd; i++) {
            understanding.enrich(articles.get(i % articles.size()));
        }
        ctx.progress("enrichment alone: %,d articles on one thread", articles.size());
        List<EnrichedArticle> out = new ArrayList<>(articles.size());
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (RawArticle article : articles) {
            out.add(understanding.enrich(article));
        }
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long tagged = out.stream().filter(e -> !e.topics().isEmpty()).count();
        long french = out.stream().filter(e -> "fr".equals(e.language())).count();
        double textKb = articles.stream().mapToInt(a -> a.text() == null ? 0 : a.text().length()).average().orElse(0) / 1024;
        BenchReport r = ctx.report();
        r.figure(Section.ENRICHMENT, "articlesPerSecond", "articles/s, one thread (wall clock)", articles.size() / seconds(wall), "articles/s");
        r.figure(Section.ENRICHMENT, "articlesPerCpuSecond", "articles/s per core (thread CPU time)", articles.size() / seconds(cpu), "articles/s");
        r.figure(Section.ENRICHMENT, "microsPerArticle", "CPU time per article", cpu / 1000.0 / articles.size(), "µs");
        r.figure(Section.ENRICHMENT, "averageTextKiB", "average text per article", textKb, "KiB");
        r.figure(Section.ENRICHMENT, "taggedShare", "articles tagged with ≥ 1 topic", 100.0 * tagged / articles.size(), "%");
        r.figure(Section.ENRICHMENT, "frenchShare", "articles detected as French", 100.0 * french / articles.size(), "%");
        return out;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
