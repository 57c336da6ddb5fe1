package io.veille.indexer.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veille.common.event.Alert;
import io.veille.common.event.EventJson;
import io.veille.common.event.Watch;
import io.veille.indexer.query.ArticleQueries;
import io.veille.indexer.query.InvalidParameterException;
import io.veille.indexer.query.QueryFailedException;
import io.veille.indexer.query.SearchParams;
import io.veille.indexer.query.SearchParamsParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API of {@code veille serve}, on the JDK's HTTP server. Every route is listed in {@link #routes()};
 * the OpenAPI description is {@code /api/openapi.json}.
 *
 * <p>Promises: a bad parameter gets {@code 400} with {@code {"error": "..."}}; an unknown article {@code 404};
 * a write without the configured bearer token {@code 401}; an index that cannot answer {@code 503}. No answer
 * carries Elasticsearch's own error text, and no bad input causes a {@code 500}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Open alert streams at most; each holds a thread of the server's pool of 64. */
    static final int MAX_STREAMS = 32;
    /** Requests that may query Elasticsearch at once (a quarter of the threads): the others get 503 at once. */
    static final int MAX_CONCURRENT_QUERIES = 16;

    private final ArticleQueries queries;
    private final WatchRegistry watches;
    private final AlertSource alerts;
    private final PrometheusMeterRegistry meters;
    private final String token;
    private final Clock clock;
    private final SearchParamsParser parser;
    private final List<Route> routes;
    private final ExecutorService executor;
    private final Semaphore queryPermits = new Semaphore(MAX_CONCURRENT_QUERIES);
    private final DashboardAssets assets = new DashboardAssets();
    private HttpServer server;
    private volatile boolean stopping;
    private final java.util.concurrent.atomic.AtomicInteger openStreams = new java.util.concurrent.atomic.AtomicInteger();

    private interface Handler {
        void handle(Request request, HttpExchange exchange) throws IOException;
    }

    /** @param queriesIndex whether the handler asks Elasticsearch: such requests wait for a query permit */
    private record Route(String method, Pattern path, String name, boolean queriesIndex, Handler handler) {
    }

    /**
     * @param token the bearer token that writes need; blank disables writes
     */
    public ApiServer(ArticleQueries queries, WatchRegistry watches, AlertSource alerts, PrometheusMeterRegistry meters,
                     String token, Clock clock) {
        this.queries = queries;
        this.watches = watches;
        this.alerts = alerts;
        this.meters = meters;
        this.token = token == null ? "" : token;
        this.clock = clock;
        this.parser = new SearchParamsParser(clock);
        this.routes = routes();
        // a fixed pool never refuses work; alert streams may hold at most half of it
        this.executor = java.util.concurrent.Executors.newFixedThreadPool(2 * MAX_STREAMS, r -> {
            Thread thread = new Thread(r, "veille-http");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Every route of the API, in one place. */
    private List<Route> routes() {
        List<Route> r = new ArrayList<>();
        r.add(new Route("GET", Pattern.compile("/api/search"), "search", true, this::search));
        r.add(new Route("GET", Pattern.compile("/api/articles/([^/]+)"), "article", true, this::article));
        r.add(new Route("GET", Pattern.compile("/api/articles/([^/]+)/similar"), "similar", true, this::similar));
        r.add(new Route("GET", Pattern.compile("/api/articles/([^/]+)/story"), "story", true, this::story));
        r.add(new Route("GET", Pattern.compile("/api/suggest"), "suggest", true, this::suggest));
        r.add(new Route("GET", Pattern.compile("/api/topics"), "topics", true, this::topics));
        r.add(new Route("GET", Pattern.compile("/api/trends"), "trends", true, this::trends));
        r.add(new Route("GET", Pattern.compile("/api/events/upcoming"), "events", true, this::upcoming));
        r.add(new Route("GET", Pattern.compile("/api/watches"), "watches", false, this::listWatches));
        r.add(new Route("POST", Pattern.compile("/api/watches"), "watch-create", false, this::createWatch));
        r.add(new Route("DELETE", Pattern.compile("/api/watches/([^/]+)"), "watch-delete", false, this::deleteWatch));
        r.add(new Route("GET", Pattern.compile("/api/alerts"), "alerts", false, this::recentAlerts));
        r.add(new Route("GET", Pattern.compile("/api/alerts/stream"), "alerts-stream", false, this::alertStream));
        r.add(new Route("GET", Pattern.compile("/api/openapi.json"), "openapi", false, this::openApi));
        r.add(new Route("GET", Pattern.compile("/health/live"), "live", false, (q, x) -> json(x, 200, Map.of("status", "up"))));
        r.add(new Route("GET", Pattern.compile("/health/ready"), "ready", false, this::ready));
        r.add(new Route("GET", Pattern.compile("/metrics"), "metrics", false, this::metrics));
        r.add(new Route("GET", Pattern.compile("/"), "dashboard", false, (q, x) -> asset("index.html", q, x)));
        r.add(new Route("GET", Pattern.compile("/assets/([^/]*)"), "asset", false, (q, x) -> asset(q.pathVariable(0), q, x)));
        return List.copyOf(r);
    }

    /** Starts listening; {@code port} 0 picks a free port (see {@link #port()}). */
    public ApiServer start(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 1024); // a burst of new connections queues in the kernel, not refused
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
        LOG.info("HTTP API listening on http://{}:{}/", host, port());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        stopping = true;
        if (server != null) {
            server.stop(0);
        }
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) {
        long start = System.nanoTime();
        String routeName = "unknown";
        int status;
        try {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String path = exchange.getRequestURI().getPath();
            Route match = null;
            List<String> variables = List.of();
            boolean pathKnown = false;
            for (Route route : routes) {
                Matcher m = route.path().matcher(path);
                if (m.matches()) {
                    pathKnown = true;
                    if (route.method().equals(exchange.getRequestMethod())) {
                        match = route;
                        variables = new ArrayList<>();
                        for (int i = 1; i <= m.groupCount(); i++) {
                            variables.add(m.group(i));
                        }
                        break;
                    }
                }
            }
            if (match == null) {
                throw new ApiException(pathKnown ? 405 : 404, pathKnown ? "method not allowed" : "no such endpoint");
            }
            routeName = match.name();
            if (match.queriesIndex()) {
                queryWithPermit(match, new Request(exchange, variables), exchange);
            } else {
                match.handler().handle(new Request(exchange, variables), exchange);
            }
            status = exchange.getResponseCode();
        } catch (ApiException e) {
            status = error(exchange, e.status(), e.getMessage());
        } catch (InvalidParameterException e) {
            status = error(exchange, 400, e.getMessage());
        } catch (QueryFailedException e) {
            status = error(exchange, 503, "the index is unavailable; try again later");
        } catch (IOException e) {
            status = 499; // the client went away
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure on {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            status = error(exchange, 500, "internal error");
        } finally {
            exchange.close();
        }
        Timer.builder("veille.api.requests").tag("route", routeName).tag("status", Integer.toString(status))
                .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    /**
     * Runs a handler that queries Elasticsearch if one of {@value #MAX_CONCURRENT_QUERIES} query permits is
     * free, and answers {@code 503} with {@code Retry-After} at once otherwise. A burst beyond what the index
     * answers is turned away rather than queued: a waiting request holds one of the server's threads, and
     * every request behind it (health checks, writes) would wait too.
     */
    private void queryWithPermit(Route route, Request request, HttpExchange exchange) throws IOException {
        if (!queryPermits.tryAcquire()) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            throw new ApiException(503, "too many requests at once; try again in a second");
        }
        try {
            route.handler().handle(request, exchange);
        } finally {
            queryPermits.release();
        }
    }

    // --- routes -------------------------------------------------------------------------------------------

    private void search(Request request, HttpExchange exchange) throws IOException {
        SearchParams params = parser.parse(request.query());
        json(exchange, 200, queries.search(params));
    }

    private void article(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of());
        String id = articleId(request);
        json(exchange, 200, queries.article(id).orElseThrow(() -> new ApiException(404, "no article " + id)));
    }

    private void similar(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of("size"));
        String id = articleId(request);
        String size = request.param("size");
        int n = size == null ? 10 : SearchParamsParser.boundedInt(size, "size", 1, 50);
        if (queries.article(id).isEmpty()) {
            throw new ApiException(404, "no article " + id);
        }
        json(exchange, 200, Map.of("hits", queries.moreLikeThis(id, n)));
    }

    private void story(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of("size"));
        String id = articleId(request);
        String size = request.param("size");
        int n = size == null ? 20 : SearchParamsParser.boundedInt(size, "size", 1, 50);
        if (queries.article(id).isEmpty()) {
            throw new ApiException(404, "no article " + id);
        }
        json(exchange, 200, Map.of("hits", queries.storySiblings(id, n)));
    }

    /** A file of the dashboard, with its content type, a strict content security policy and no sniffing. */
    private void asset(String name, Request request, HttpExchange exchange) throws IOException {
        DashboardAssets.Asset asset = assets.find(name).orElseThrow(() -> new ApiException(404, "no such file"));
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", asset.contentType());
        headers.set("Content-Security-Policy", DashboardAssets.CONTENT_SECURITY_POLICY);
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, asset.body().length);
        exchange.getResponseBody().write(asset.body());
    }

    private void suggest(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of("prefix", "size"));
        String prefix = request.param("prefix");
        if (prefix == null || prefix.isBlank() || prefix.length() > 100 || prefix.chars().anyMatch(Character::isISOControl)) {
            throw new ApiException(400, "prefix must be 1-100 printable characters");
        }
        int size = request.param("size") == null ? 10 : SearchParamsParser.boundedInt(request.param("size"), "size", 1, 20);
        json(exchange, 200, Map.of("titles", queries.suggestTitles(prefix, size)));
    }

    private void topics(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of());
        json(exchange, 200, Map.of("topics", queries.topicCounts()));
    }

    private void trends(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of("topic", "interval", "since"));
        String topicParam = request.param("topic");
        if (topicParam == null) {
            throw new ApiException(400, "topic is required");
        }
        String topic = SearchParamsParser.topic(topicParam, "topic");
        String intervalParam = request.param("interval") == null ? "day" : request.param("interval");
        SearchParams.Interval interval = switch (intervalParam) {
            case "hour" -> SearchParams.Interval.HOUR;
            case "day" -> SearchParams.Interval.DAY;
            default -> throw new ApiException(400, "interval must be hour or day");
        };
        Duration window = request.param("since") != null ? SearchParamsParser.sinceDuration(request.param("since"))
                : interval == SearchParams.Interval.HOUR ? Duration.ofHours(48) : Duration.ofDays(30);
        long buckets = interval == SearchParams.Interval.HOUR ? window.toHours() : window.toDays();
        if (buckets > 2000) {
            throw new ApiException(400, "since is too long for that interval (at most 2000 buckets)");
        }
        json(exchange, 200, queries.trend(topic, interval, window));
    }

    private void upcoming(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of("days", "topic", "kind", "size"));
        int days = request.param("days") == null ? 30 : SearchParamsParser.boundedInt(request.param("days"), "days", 1, 366);
        int size = request.param("size") == null ? 50 : SearchParamsParser.boundedInt(request.param("size"), "size", 1, 200);
        String kind = request.param("kind");
        if (kind != null && !kind.equals("event") && !kind.equals("deadline")) {
            throw new ApiException(400, "kind must be event or deadline");
        }
        List<String> topics = new ArrayList<>();
        for (String t : request.query().getOrDefault("topic", List.of())) {
            topics.add(SearchParamsParser.topic(t, "topic"));
        }
        json(exchange, 200, Map.of("events", queries.upcomingEvents(Duration.ofDays(days), topics, kind, size)));
    }

    private void listWatches(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of());
        json(exchange, 200, Map.of("watches", watches.list()));
    }

    private void createWatch(Request request, HttpExchange exchange) throws IOException {
        authorize(request);
        Watch watch = WatchForm.read(request.body(), clock);
        watches.put(watch);
        exchange.getResponseHeaders().set("Location", "/api/watches/" + watch.id());
        json(exchange, 201, watch);
    }

    private void deleteWatch(Request request, HttpExchange exchange) throws IOException {
        authorize(request);
        String id = request.pathVariable(0);
        if (!WatchForm.ID.matcher(id).matches()) {
            throw new ApiException(400, "not a watch id");
        }
        if (watches.get(id).isEmpty()) {
            throw new ApiException(404, "no watch " + id);
        }
        watches.delete(id);
        exchange.sendResponseHeaders(204, -1);
    }

    private void recentAlerts(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of("size"));
        int size = request.param("size") == null ? 50 : SearchParamsParser.boundedInt(request.param("size"), "size", 1, 500);
        json(exchange, 200, Map.of("alerts", alerts.recent(size)));
    }

    /** Server-sent events: one {@code alert} event per new alert, a comment line every 15 s to keep the line open. */
    private void alertStream(Request request, HttpExchange exchange) throws IOException {
        request.query(Set.of());
        if (openStreams.incrementAndGet() > MAX_STREAMS) {
            openStreams.decrementAndGet();
            throw new ApiException(503, "too many open alert streams; try again later");
        }
        try {
            streamAlerts(exchange);
        } finally {
            openStreams.decrementAndGet();
        }
    }

    private void streamAlerts(HttpExchange exchange) throws IOException {
        BlockingQueue<Alert> queue = new LinkedBlockingQueue<>(1000);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (AutoCloseable subscription = alerts.subscribe(queue::offer);
             OutputStream out = exchange.getResponseBody()) {
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!stopping) {
                Alert alert = queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                String frame = alert == null ? ": keep-alive\n\n"
                        : "event: alert\nid: " + alert.watchId() + ":" + alert.articleId() + "\ndata: " + JSON.writeValueAsString(alert) + "\n\n";
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away
        } catch (Exception e) {
            LOG.debug("Alert stream ended: {}", e.toString());
        }
    }

    private void openApi(Request request, HttpExchange exchange) throws IOException {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private void ready(Request request, HttpExchange exchange) throws IOException {
        boolean ready = queries.ready();
        json(exchange, ready ? 200 : 503, Map.of("status", ready ? "ready" : "index unavailable"));
    }

    private void metrics(Request request, HttpExchange exchange) throws IOException {
        byte[] body = meters.scrape().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private String articleId(Request request) {
        String id = request.pathVariable(0);
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw new ApiException(400, "not an article id");
        }
        return id;
    }

    /** Writes need {@code Authorization: Bearer <api.token>}; without a configured token they are refused. */
    private void authorize(Request request) {
        String header = request.header("Authorization");
        if (token.isBlank()) {
            throw new ApiException(401, "writes are disabled: no api.token is configured");
        }
        String expected = "Bearer " + token;
        if (header == null || !MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "a valid bearer token is required");
        }
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answer as JSON", e);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        // closed here, so the answer is flushed before the server drains (or gives up on) an unread request body
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int error(HttpExchange exchange, int status, String message) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            if (status == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            }
            json(exchange, status, body);
        } catch (IOException | IllegalStateException e) {
            // headers already sent or client gone: nothing more to say
        }
        return status;
    }
}
