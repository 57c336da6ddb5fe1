package io.veille.bench.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.veille.common.event.RawArticle;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local HTTP server of RSS 2.0 feeds for the ingestion measurement: feed {@code i} is
 * {@code /feeds/i.xml}, with its items' full HTML in {@code content:encoded}, an ETag and a
 * Last-Modified, and answers 304 to a conditional request that matches. Rendered once, before the clock
 * starts. It counts the CPU time its own threads spend, so that the ingester's CPU can be told apart from
 * the server's when both run in one JVM.
 */
final class FeedServer implements AutoCloseable {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final String LAST_MODIFIED = "Sun, 01 Nov 2026 06:00:00 GMT";

    private final List<byte[]> feeds;
    private final HttpServer server;
    private final ExecutorService threads;
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final AtomicLong cpuNanos = new AtomicLong();
    private final List<Thread> serverThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicLong fullAnswers = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();

    /** @param feeds the items of each feed */
    FeedServer(List<List<RawArticle>> feeds) throws IOException {
        this.feeds = feeds.stream().map(FeedServer::render).toList();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-feed-server");
            t.setDaemon(true);
            serverThreads.add(t);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/feeds/", this::serve);
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        server.start();
        // the server's dispatcher thread accepts the connections and reads the requests before the handler runs
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.getName().startsWith("HTTP-Dispatcher"))
                .forEach(serverThreads::add);
    }

    /** The URL of feed {@code i}. */
    String url(int i) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/" + i + ".xml";
    }

    int size() {
        return feeds.size();
    }

    /** CPU time spent by the server's threads answering, in nanoseconds (inside the handler only). */
    long cpuNanos() {
        return cpuNanos.get();
    }

    /** CPU time spent by every thread of the server so far (dispatcher, request parsing and handler), in nanoseconds. */
    long threadsCpuNanos() {
        long total = 0;
        for (Thread t : serverThreads) {
            long n = cpu.getThreadCpuTime(t.getId());
            total += Math.max(0, n);
        }
        return total;
    }

    long fullAnswers() {
        return fullAnswers.get();
    }

    long notModified() {
        return notModified.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        long start = cpu.getCurrentThreadCpuTime();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int index;
            try {
                index = Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
            } catch (RuntimeException e) {
                index = -1;
            }
            if (index < 0 || index >= feeds.size()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"bench-" + index + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = feeds.get(index);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            fullAnswers.incrementAndGet();
        } finally {
            cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - start);
        }
    }

    private static byte[] render(List<RawArticle> items) {
        StringBuilder xml = new StringBuilder(items.size() * 6000);
        String source = items.isEmpty() ? "bench.example" : items.get(0).source();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
                .append("<title>").append(escape(source)).append("</title>\n")
                .append("<link>https://").append(escape(source)).append("/</link>\n")
                .append("<description>Synthetic feed of veille bench</description>\n");
        for (RawArticle a : items) {
            String text = a.text() == null ? "" : a.text();
            xml.append("<item>\n<title>").append(escape(a.title())).append("</title>\n")
                    .append("<link>").append(escape(a.url())).append("</link>\n")
                    .append("<guid isPermaLink=\"true\">").append(escape(a.url())).append("</guid>\n")
                    .append("<pubDate>").append(RFC_1123.format(a.publishedAt())).append("</pubDate>\n");
            a.authors().forEach(author -> xml.append("<dc:creator>").append(escape(author)).append("</dc:creator>\n"));
            a.categories().forEach(c -> xml.append("<category>").append(escape(c)).append("</category>\n"));
            xml.append("<description>").append(escape(text.substring(0, Math.min(280, text.length())))).append("</description>\n")
                    .append("<content:encoded><![CDATA[").append(a.contentHtml()).append("]]></content:encoded>\n</item>\n");
        }
        xml.append("</channel>\n</rss>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
