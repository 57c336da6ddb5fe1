package io.veille.chaos;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A well-behaved feed server on 127.0.0.1 that publishes each scenario's {@link StreamPlan} as it is
 * released: {@code GET /<scenario>/f<N>.atom} answers the feed as of the rounds released so far, with an
 * ETag, and {@code 304} when the client already has that version. It counts the requests per feed, so
 * a scenario can tell whether every feed kept its schedule.
 */
final class FeedFarm implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Publication> publications = new ConcurrentHashMap<>();

    FeedFarm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "feed-farm");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving a plan, with nothing released yet. */
    Publication publish(StreamPlan plan) {
        Publication publication = new Publication(plan);
        publications.put(plan.scenario(), publication);
        return publication;
    }

    String feedUrl(StreamPlan plan, int feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + plan.scenario() + "/f" + feed + ".atom";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            Publication publication = parts.length == 3 ? publications.get(parts[1]) : null;
            if (publication == null || !parts[2].matches("f\\d+\\.atom")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int feed = Integer.parseInt(parts[2].substring(1, parts[2].length() - ".atom".length()));
            if (feed >= publication.plan.feeds()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            publication.requests.incrementAndGet(feed);
            int released = publication.released.get();
            String etag = "\"" + publication.plan.scenario() + "-" + feed + "-" + released + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = publication.plan.atom(feed, released).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/atom+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One scenario's feeds: how many rounds are out, and how often each feed was asked for. */
    static final class Publication {
        final StreamPlan plan;
        final AtomicInteger released = new AtomicInteger();
        final AtomicIntegerArray requests;

        Publication(StreamPlan plan) {
            this.plan = plan;
            this.requests = new AtomicIntegerArray(plan.feeds());
        }

        /** Releases rounds {@code released()+1 .. upTo}, one every {@code pauseMillis}. */
        void releaseUpTo(int upTo, long pauseMillis) throws InterruptedException {
            while (released.get() < Math.min(upTo, plan.rounds())) {
                released.incrementAndGet();
                if (released.get() < upTo) {
                    Thread.sleep(pauseMillis);
                }
            }
        }

        int minRequests() {
            int min = Integer.MAX_VALUE;
            for (int i = 0; i < requests.length(); i++) {
                min = Math.min(min, requests.get(i));
            }
            return min;
        }
    }
}
