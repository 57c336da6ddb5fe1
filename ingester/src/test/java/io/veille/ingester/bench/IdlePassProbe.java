package io.veille.ingester.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.veille.ingester.cli.IngestCommand;
import io.veille.localstack.LocalKafka;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The ingestion measurement of {@code veille bench} in miniature, to profile the all-304 pass: a real
 * Kafka broker (local-stack), M feeds × K items served from a JDK HTTP server in this JVM, then
 * {@code ingest --once --feeds FILE} and {@code ingest --once} (every feed answers 304) run in-process.
 * Prints each pass's process CPU minus the feed server's threads, and the CPU of the other threads grouped
 * by name (from /proc, sampled every 50 ms: a thread that lives less than that is missed there, never in the total).
 * Run from the module directory with the test class path:
 * {@code java -cp ... io.veille.ingester.bench.IdlePassProbe [feeds] [items] [idle passes]}; add
 * {@code -XX:StartFlightRecording=filename=idle.jfr,settings=profile} to profile. Never run by Surefire.
 */
public final class IdlePassProbe {
    private IdlePassProbe() {
    }

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int idlePasses = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = Files.createTempDirectory("veille-idle-probe");
        LocalKafka kafka = new LocalKafka(dir.resolve("kafka"), 0).start();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "probe-feed-server");
            t.setDaemon(true);
            return t;
        }));
        List<byte[]> bodies = new ArrayList<>();
        for (int f = 0; f < feeds; f++) {
            bodies.add(feed(f, items));
        }
        server.createContext("/feeds/", exchange -> serve(exchange, bodies));
        server.start();
        try {
            StringBuilder opml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>probe</title></head><body>\n");
            for (int f = 0; f < feeds; f++) {
                opml.append("<outline type=\"rss\" text=\"probe feed ").append(f).append("\" xmlUrl=\"http://127.0.0.1:")
                        .append(server.getAddress().getPort()).append("/feeds/").append(f).append(".xml\"/>\n");
            }
            opml.append("</body></opml>\n");
            Path opmlFile = Files.writeString(dir.resolve("feeds.opml"), opml);
            Path config = Files.writeString(dir.resolve("probe.yaml"), String.join("\n",
                    "kafka.bootstrap-servers: \"" + kafka.bootstrapServers() + "\"",
                    "topics.prefix: \"probe.\"",
                    "ingester.group-id: \"probe-ingester\"",
                    "ingester.http.per-host-delay: \"0s\"",
                    "ingester.http.per-host-concurrency: \"8\"",
                    "ingester.http.allow-loopback: \"true\"", ""));
            double first = pass("first pass", "--once", "--feeds", opmlFile.toString(), "--config", config.toString());
            for (int i = 0; i < idlePasses; i++) {
                double idle = pass("all-304 pass " + (i + 1), "--once", "--config", config.toString());
                System.out.printf(Locale.ROOT, "  all-304 ÷ first = %.1f %%%n", 100 * idle / first);
            }
            phases(config);
        } finally {
            server.stop(0);
            kafka.close();
        }
    }

    /** One more all-304 pass, by the steps {@code ingest --once} takes, with the process CPU of each step. */
    private static void phases(Path configFile) throws Exception {
        io.veille.common.config.VeilleConfig cfg = io.veille.common.config.VeilleConfig.load(configFile);
        long[] mark = {processCpu()};
        java.util.function.Consumer<String> step = name -> {
            long now = processCpu();
            System.out.printf(Locale.ROOT, "    step %-34s %7.1f ms%n", name, (now - mark[0]) / 1e6);
            mark[0] = now;
        };
        io.veille.ingester.cli.IngesterService ingester = new io.veille.ingester.cli.IngesterService(cfg);
        step.accept("topics checked, clients created");
        var feeds = ingester.registry().all();
        step.accept("registry read (" + feeds.size() + ")");
        var states = new HashMap<>(ingester.states().loadAll());
        step.accept("states read (" + states.size() + ")");
        var summary = new io.veille.ingester.schedule.OncePass(ingester.poller(), ingester.threads(), f -> { }).run(feeds, states);
        step.accept("polls: " + summary.notModified() + " not modified");
        ingester.close();
        step.accept("clients closed");
    }

    /** Runs one command; returns its CPU seconds, feed server excluded. */
    private static double pass(String name, String... args) throws InterruptedException {
        Map<Long, String> names = new ConcurrentHashMap<>();
        Map<Long, Long> startCpu = snapshot(names);
        Map<Long, Long> lastCpu = new ConcurrentHashMap<>(startCpu);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                lastCpu.putAll(snapshot(names));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "probe-sampler");
        sampler.setDaemon(true);
        sampler.start();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new IngestCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        int exit = command.execute(args);
        long wall = System.nanoTime() - t0;
        long cpu = processCpu() - cpu0;
        sampler.interrupt();
        sampler.join();
        lastCpu.putAll(snapshot(names));
        Map<String, Long> byGroup = new TreeMap<>();
        long server = 0;
        for (Map.Entry<Long, Long> e : lastCpu.entrySet()) {
            long delta = e.getValue() - startCpu.getOrDefault(e.getKey(), 0L);
            String group = group(names.get(e.getKey()));
            if (group.startsWith("probe-feed-") || group.startsWith("HTTP-Dispatch") || group.startsWith("probe-sampler")) {
                server += delta; // the feed server's threads and this probe's sampler
            }
            byGroup.merge(group, delta, Long::sum);
        }
        long ingest = cpu - server;
        System.out.printf(Locale.ROOT, "%s: exit %d, %s; wall %.2f s, CPU %.3f s (process %.3f s - feed server and sampler %.3f s)%n",
                name, exit, out.toString().strip(), wall / 1e9, ingest / 1e9, cpu / 1e9, server / 1e9);
        if (!err.toString().isBlank()) {
            System.out.println("  stderr: " + err.toString().strip().lines().limit(3).toList());
        }
        byGroup.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "    %-40s %8.1f ms%n", e.getKey(), e.getValue() / 1e6));
        return ingest / 1e9;
    }

    /** CPU nanoseconds of every thread of this process, JVM threads (GC, JIT) included, from /proc. */
    private static Map<Long, Long> snapshot(Map<Long, String> names) {
        Map<Long, Long> cpu = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    long tid = Long.parseLong(task.getFileName().toString());
                    cpu.put(tid, ticks * 10_000_000L);
                    names.putIfAbsent(tid, stat.substring(open + 1, close));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cpu;
    }

    /** A thread's name without its numbers, so the workers of one pool add up. */
    private static String group(String name) {
        return name == null ? "?" : name.replaceAll("-?\\d+", "#");
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void serve(HttpExchange exchange, List<byte[]> bodies) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int index = Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
            String etag = "\"probe-" + index + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", "Sun, 01 Nov 2026 06:00:00 GMT");
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = bodies.get(index);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] feed(int f, int items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Probe feed " + f
                + "</title><link>https://probe" + f + ".example/</link><description>probe</description>\n");
        for (int i = 0; i < items; i++) {
            StringBuilder html = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                html.append("<p>Paragraph ").append(p).append(" of item ").append(i).append(" of feed ").append(f)
                        .append(": the harbour council met on Tuesday to discuss the new ferry timetable, the budget")
                        .append(" for the quay repairs and the summer market, which returns in June.</p>\n");
            }
            xml.append("<item><title>Item ").append(i).append(" of feed ").append(f).append("</title><link>https://probe")
                    .append(f).append(".example/news/").append(i).append("</link><pubDate>Sun, 01 Nov 2026 0")
                    .append(i % 10).append(":00:00 GMT</pubDate><description>Short summary of item ").append(i)
                    .append(".</description><content:encoded><![CDATA[").append(html).append("]]></content:encoded></item>\n");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
