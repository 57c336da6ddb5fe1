package io.veille.ingester.bench;

import io.veille.ingester.extract.ArticleExtractor;
import io.veille.ingester.normalize.ArticleNormalizer;
import io.veille.ingester.normalize.FeedContext;
import io.veille.ingester.parse.FeedParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The same work as {@link FeedParseBenchmark} and {@link ExtractionBenchmark}, timed in thread CPU time
 * rather than wall time: on a machine shared with other builds, JMH's wall-clock scores mostly measure
 * the load, while CPU time per operation stays comparable. Run from the module directory with the test
 * class path; not a JMH benchmark and never run by Surefire.
 */
public final class CpuTimeProbe {
    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] feed = FeedParseBenchmark.fiftyItemFeed();
        byte[] page = Files.readAllBytes(Path.of("src/test/resources/extract/pages/01-wordpress-en-openssh-agent-forwarding-flaw.html"));
        FeedParser parser = new FeedParser();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        ArticleExtractor extractor = new ArticleExtractor();
        FeedContext context = new FeedContext("probe", URI.create("https://demo.veille.test/feed.xml"), "probe", Instant.now());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 300; i++) {
            normalizer.normalize(parser.parse(feed, null, null), context);
            extractor.extract(page, null, context.feedUrl());
        }
        int n = 500;
        long t0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            parser.parse(feed, null, null);
        }
        long t1 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            normalizer.normalize(parser.parse(feed, null, null), context);
        }
        long t2 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            extractor.extract(page, null, context.feedUrl());
        }
        long t3 = cpu.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "50-item feed, parse:             %.2f ms CPU/feed = %.0f feeds/s per core%n", (t1 - t0) / 1e6 / n, n / ((t1 - t0) / 1e9));
        System.out.printf(Locale.ROOT, "50-item feed, parse + normalize: %.2f ms CPU/feed = %.0f feeds/s per core%n", (t2 - t1) / 1e6 / n, n / ((t2 - t1) / 1e9));
        System.out.printf(Locale.ROOT, "article page, extract:           %.2f ms CPU/page = %.0f pages/s per core%n", (t3 - t2) / 1e6 / n, n / ((t3 - t2) / 1e9));
    }
}
