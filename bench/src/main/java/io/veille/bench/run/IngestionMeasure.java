package io.veille.bench.run;

import io.veille.bench.report.BenchReport;
import io.veille.bench.report.BenchReport.Section;
import io.veille.common.event.RawArticle;
import io.veille.ingester.cli.IngestCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement 4: the ingester's own {@code ingest --once} over M feeds of K items served from a local HTTP
 * server (loopback allowed, no per-host delay), then a second {@code ingest --once} when every feed answers
 * 304. Both passes run in this JVM, so their CPU time is this process's CPU time during the pass minus what
 * the feed server's threads spent; the second pass runs on a warm JVM, as a daemon's polls would.
 *
 * <p>A pass leaves work behind in the JVM once the command returns: the JIT compiles what the pass made hot
 * (on a busy 2-core machine, seconds later), the GC collects what it allocated. The "settled" figures wait
 * until the process is quiet before a pass starts and charge each pass with everything up to the moment the
 * process is quiet again after it, and subtract every thread of the feed server (not only its handler); the
 * other figures are the command's window alone, as first measured.
 */
public final class IngestionMeasure {
    private static final Pattern NEW_ARTICLES = Pattern.compile("articles: (\\d+) new");
    private static final Pattern NOT_MODIFIED = Pattern.compile("(\\d+) not modified");

    private IngestionMeasure() {
    }

    public static void run(BenchContext ctx, List<RawArticle> articles, int feeds, int items) throws Exception {
        List<List<RawArticle>> served = new ArrayList<>(feeds);
        for (int f = 0; f < feeds; f++) {
            List<RawArticle> feed = new ArrayList<>(items);
            for (int j = 0; j < items; j++) {
                feed.add(articles.get((f * items + j) % articles.size()));
            }
            served.add(feed);
        }
        BenchContext.ServiceConfig part = ctx.config("ingest", Map.of(
                "ingester.http.per-host-delay", "0s",
                "ingester.http.per-host-concurrency", "8",
                "ingester.http.allow-loopback", "true"));
        ctx.report().setting("ingester.threads", part.config().string("ingester.threads"));
        try (FeedServer server = new FeedServer(served)) {
            StringBuilder opml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>veille bench</title></head><body>\n");
            for (int f = 0; f < feeds; f++) {
                opml.append("<outline type=\"rss\" text=\"bench feed ").append(f).append("\" xmlUrl=\"").append(server.url(f)).append("\"/>\n");
            }
            opml.append("</body></opml>\n");
            Path opmlFile = ctx.outDir().resolve("bench-feeds.opml");
            Files.writeString(opmlFile, opml);

            ctx.progress("ingestion: ingest --once over %d feeds × %d items", feeds, items);
            Pass first = pass(server, "--once", "--feeds", opmlFile.toString(), "--config", part.file().toString());
            ctx.progress("ingestion: %s", first.summary);
            ctx.progress("ingestion: ingest --once again (every feed answers 304)");
            Pass idle = pass(server, "--once", "--config", part.file().toString());
            ctx.progress("ingestion: %s", idle.summary);

            int produced = first.count(NEW_ARTICLES);
            BenchReport r = ctx.report();
            r.figure(Section.INGESTION, "articlesPerSecond", "first pass: articles/s (whole command)", produced / first.seconds(), "articles/s");
            r.figure(Section.INGESTION, "firstPassSeconds", "first pass: wall time", first.seconds(), "s");
            r.figure(Section.INGESTION, "firstPassCpuSeconds", "first pass: CPU time (feed server excluded)", first.cpuSeconds(), "s");
            r.figure(Section.INGESTION, "articlesProduced", "first pass: new articles", produced, "");
            r.figure(Section.INGESTION, "idlePassSeconds", "all-304 pass: wall time", idle.seconds(), "s");
            r.figure(Section.INGESTION, "idlePassCpuSeconds", "all-304 pass: CPU time (feed server excluded)", idle.cpuSeconds(), "s");
            r.figure(Section.INGESTION, "idlePassNotModified", "all-304 pass: feeds not modified", idle.count(NOT_MODIFIED), "");
            r.figure(Section.INGESTION, "idleCpuShare", "all-304 pass CPU ÷ first pass CPU", 100 * idle.cpuSeconds() / first.cpuSeconds(), "%");
            r.figure(Section.INGESTION, "firstPassCpuSecondsSettled", "first pass: CPU time until the JVM is quiet (JIT, GC included; feed server excluded)", first.settledCpuSeconds(), "s");
            r.figure(Section.INGESTION, "idlePassCpuSecondsSettled", "all-304 pass: CPU time until the JVM is quiet (JIT, GC included; feed server excluded)", idle.settledCpuSeconds(), "s");
            r.figure(Section.INGESTION, "idleCpuShareSettled", "all-304 pass CPU ÷ first pass CPU, each until the JVM is quiet", 100 * idle.settledCpuSeconds() / first.settledCpuSeconds(), "%");
            if (first.exit != 0 || idle.exit != 0) {
                r.note("ingestion: ingest --once exited " + first.exit + " then " + idle.exit + ": " + first.errors.strip() + " " + idle.errors.strip());
            }
        }
    }

    private record Pass(int exit, String summary, String errors, long wallNanos, long cpuNanos, long settledCpuNanos) {
        double settledCpuSeconds() {
            return settledCpuNanos / 1e9;
        }

        double seconds() {
            return wallNanos / 1e9;
        }

        double cpuSeconds() {
            return cpuNanos / 1e9;
        }

        int count(Pattern pattern) {
            Matcher m = pattern.matcher(summary);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
    }

    private static Pass pass(FeedServer server, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new IngestCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        awaitQuiet(server);
        long serverThreads0 = server.threadsCpuNanos();
        long serverCpu0 = server.cpuNanos();
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        int exit = command.execute(args);
        long wall = System.nanoTime() - t0;
        long cpu = processCpu() - cpu0 - (server.cpuNanos() - serverCpu0);
        awaitQuiet(server);
        long settled = processCpu() - cpu0 - (server.threadsCpuNanos() - serverThreads0);
        return new Pass(exit, out.toString().strip(), err.toString(), wall, cpu, settled);
    }

    /**
     * Returns once this process, feed server aside, used less than 2 % of a core over the last 250 ms (or after
     * 20 s): the JIT's queue is empty and nothing runs but the idle threads.
     */
    private static void awaitQuiet(FeedServer server) {
        long giveUp = System.nanoTime() + 20_000_000_000L;
        long window = 250_000_000L;
        while (System.nanoTime() < giveUp) {
            long cpu0 = processCpu() - server.threadsCpuNanos();
            long t0 = System.nanoTime();
            try {
                Thread.sleep(window / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long used = processCpu() - server.threadsCpuNanos() - cpu0;
            if (used < (System.nanoTime() - t0) / 50) {
                return;
            }
        }
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
