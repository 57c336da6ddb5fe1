package io.veille.indexer.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veille.common.event.Alert;
import io.veille.common.event.Watch;
import io.veille.indexer.query.SearchParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The HTTP contract of {@code veille serve}, against a query service, watch store and alert feed in memory. */
class ApiServerTest {
    private static final String TOKEN = "s3cret-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeQueries queries = new FakeQueries();
    private final MemoryWatches watches = new MemoryWatches();
    private final MemoryAlerts alerts = new MemoryAlerts();
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer(queries, watches, alerts, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), TOKEN,
                Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), java.time.ZoneOffset.UTC)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // --- reading ------------------------------------------------------------------------------------------

    @Test
    void searchPassesValidatedParametersAndAnswersJson() throws Exception {
        HttpResponse<String> response = get("/api/search?q=logiciel%20libre&topic=open-source&lang=fr&since=7d&size=5");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(json(response).at("/hits/0/id").asText()).isEqualTo("a1");
        assertThat(json(response).at("/facets/topics/0/key").asText()).isEqualTo("open-source");
        assertThat(queries.lastSearch.text()).isEqualTo("logiciel libre");
        assertThat(queries.lastSearch.topics()).containsExactly("open-source");
        assertThat(queries.lastSearch.size()).isEqualTo(5);
    }

    @Test
    void queriesBeyondThePermitsAreTurnedAwayWith503AtOnceWhileHealthChecksAndWatchesAnswer() throws Exception {
        queries.searchGate = new CountDownLatch(1); // the index stalls: every search holds its permit
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < ApiServer.MAX_CONCURRENT_QUERIES; i++) {
            held.add(http.sendAsync(HttpRequest.newBuilder(uri("/api/search?q=held" + i)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.searchesWaiting.get() == ApiServer.MAX_CONCURRENT_QUERIES);

        HttpResponse<String> turnedAway = get("/api/search?q=one-more");
        assertThat(turnedAway.statusCode()).isEqualTo(503);
        assertThat(turnedAway.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(turnedAway).get("error").asText()).contains("too many requests");
        assertThat(get("/api/topics").statusCode()).as("every route that queries the index waits for a permit").isEqualTo(503);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/api/watches").statusCode()).isEqualTo(200);

        queries.searchGate.countDown();
        for (CompletableFuture<HttpResponse<String>> response : held) {
            assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        queries.searchGate = null;
        assertThat(get("/api/search?q=after").statusCode()).as("permits are given back").isEqualTo(200);
    }

    @Test
    void storyAnswersTheSiblingsOfAKnownArticleAnd404ForAnUnknownOne() throws Exception {
        HttpResponse<String> response = get("/api/articles/a1/story?size=5");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/hits/0/id").asText()).isEqualTo("a2");
        assertThat(json(response).at("/hits/0/title").asText()).isEqualTo("Logiciel libre : l'État publie son code");
        assertThat(get("/api/articles/zz9/story").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/a1/story?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void searchRefusesBadParametersWith400AndAJsonMessage() throws Exception {
        for (String query : List.of("size=1000", "since=soon", "topic=Bad%20Topic", "lang=french", "after=nope",
                "sort=random", "unknown=1", "from=yesterday", "histogram=second", "size=5&size=6")) {
            HttpResponse<String> response = get("/api/search?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response).get("error").asText()).as(query).isNotBlank();
        }
    }

    @Test
    void anArticleIsFoundByIdAndAnUnknownOneIs404() throws Exception {
        assertThat(json(get("/api/articles/a1")).get("title").asText()).isEqualTo(FakeQueries.HIT.title());
        assertThat(get("/api/articles/zz").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/bad%20id").statusCode()).isEqualTo(400);
        assertThat(get("/api/articles/a1?x=1").statusCode()).isEqualTo(400);
    }

    @Test
    void similarArticlesAreListedForAKnownArticle() throws Exception {
        assertThat(json(get("/api/articles/a1/similar?size=3")).at("/hits/0/id").asText()).isEqualTo("a1");
        assertThat(get("/api/articles/a1/similar?size=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/articles/zz/similar").statusCode()).isEqualTo(404);
    }

    @Test
    void titleSuggestionsNeedAPrefix() throws Exception {
        assertThat(json(get("/api/suggest?prefix=open")).at("/titles/0").asText()).isEqualTo(FakeQueries.HIT.title());
        assertThat(get("/api/suggest").statusCode()).isEqualTo(400);
        assertThat(get("/api/suggest?prefix=" + "a".repeat(101)).statusCode()).isEqualTo(400);
        assertThat(get("/api/suggest?prefix=a&size=50").statusCode()).isEqualTo(400);
    }

    @Test
    void topicsGiveCountsForTheLastDayAndWeek() throws Exception {
        JsonNode topics = json(get("/api/topics"));
        assertThat(topics.at("/topics/0/topic").asText()).isEqualTo("open-source");
        assertThat(topics.at("/topics/0/last24h").asLong()).isEqualTo(3);
        assertThat(topics.at("/topics/0/last7d").asLong()).isEqualTo(12);
    }

    @Test
    void trendsNeedATopicAndAnHourOrDayInterval() throws Exception {
        HttpResponse<String> ok = get("/api/trends?topic=ai&interval=hour");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).at("/buckets/0/count").asLong()).isEqualTo(4);
        assertThat(queries.lastInterval).isEqualTo(SearchParams.Interval.HOUR);
        assertThat(get("/api/trends").statusCode()).isEqualTo(400);
        assertThat(get("/api/trends?topic=ai&interval=week").statusCode()).isEqualTo(400);
        assertThat(get("/api/trends?topic=AI!").statusCode()).isEqualTo(400);
        assertThat(get("/api/trends?topic=ai&interval=hour&since=3650d").statusCode()).isEqualTo(400);
    }

    @Test
    void upcomingEventsValidateTheirFilters() throws Exception {
        assertThat(json(get("/api/events/upcoming?days=30&kind=event&topic=devops-events")).at("/events/0/city").asText()).isEqualTo("Paris");
        assertThat(get("/api/events/upcoming?kind=party").statusCode()).isEqualTo(400);
        assertThat(get("/api/events/upcoming?days=1000").statusCode()).isEqualTo(400);
    }

    @Test
    void anIndexThatCannotAnswerGives503WithoutElasticsearchText() throws Exception {
        queries.down = true;
        HttpResponse<String> response = get("/api/search?q=x");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("es/search").doesNotContain("secret");
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(uri("/api/search")).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
    }

    // --- watches ------------------------------------------------------------------------------------------

    @Test
    void writingAWatchNeedsTheBearerToken() throws Exception {
        String body = "{\"name\":\"Sovereignty\",\"topicsAny\":[\"digital-sovereignty\"]}";
        assertThat(post("/api/watches", body, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/watches", body, "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(delete("/api/watches/w1", null).statusCode()).isEqualTo(401);
        assertThat(watches.stored).isEmpty();
    }

    @Test
    void aWatchIsCreatedListedAndDeleted() throws Exception {
        HttpResponse<String> created = post("/api/watches",
                "{\"id\":\"w1\",\"name\":\"Sovereignty\",\"topicsAny\":[\"digital-sovereignty\"],\"languages\":[\"fr\"],\"minScore\":0.5}",
                "Bearer " + TOKEN);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(watches.stored.get("w1").topicsAny()).containsExactly("digital-sovereignty");
        assertThat(json(get("/api/watches")).at("/watches/0/id").asText()).isEqualTo("w1");
        assertThat(delete("/api/watches/w1", "Bearer " + TOKEN).statusCode()).isEqualTo(204);
        assertThat(watches.stored).isEmpty();
        assertThat(delete("/api/watches/w1", "Bearer " + TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedWatchIs400() throws Exception {
        for (String body : List.of("not json", "[]", "{\"name\":\"x\"}", "{\"topicsAny\":[\"ai\"]}",
                "{\"name\":\"x\",\"topicsAny\":[\"Not A Topic\"]}", "{\"name\":\"x\",\"topicsAny\":\"ai\"}",
                "{\"name\":\"x\",\"topicsAny\":[\"ai\"],\"script\":\"boom\"}", "{\"name\":\"x\",\"keywords\":[\"k\"],\"minScore\":-1}",
                "{\"id\":\"../etc\",\"name\":\"x\",\"keywords\":[\"k\"]}")) {
            HttpResponse<String> response = post("/api/watches", body, "Bearer " + TOKEN);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(json(response).get("error").asText()).as(body).isNotBlank();
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndTheClientReadsTheAnswer() throws Exception {
        HttpResponse<String> response = post("/api/watches", "{\"name\":\"" + "n".repeat(1 << 20) + "\"}", "Bearer " + TOKEN);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).contains("larger than");
        assertThat(watches.list()).isEmpty();
    }

    @Test
    void withoutAConfiguredTokenWritesAreRefused() throws Exception {
        server.close();
        server = new ApiServer(queries, watches, alerts, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), "",
                Clock.systemUTC()).start("127.0.0.1", 0);
        assertThat(post("/api/watches", "{\"name\":\"x\",\"keywords\":[\"k\"]}", "Bearer ").statusCode()).isEqualTo(401);
    }

    // --- alerts, health, metrics, OpenAPI ------------------------------------------------------------------

    @Test
    void recentAlertsAreListedNewestFirst() throws Exception {
        alerts.publish(alert("a1"));
        alerts.publish(alert("a2"));
        JsonNode body = json(get("/api/alerts?size=1"));
        assertThat(body.get("alerts")).hasSize(1);
        assertThat(body.at("/alerts/0/articleId").asText()).isEqualTo("a2");
        assertThat(get("/api/alerts?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void theAlertStreamSendsEachNewAlertAsAServerSentEvent() throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri("/api/alerts/stream")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).isEqualTo(": connected");
            await().atMost(Duration.ofSeconds(5)).until(() -> !alerts.listeners.isEmpty());
            alerts.publish(alert("a9"));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null && !line.startsWith("data:")) {
                lines.add(line);
            }
            assertThat(lines).contains("event: alert");
            assertThat(JSON.readTree(line.substring("data:".length())).get("articleId").asText()).isEqualTo("a9");
        }
    }

    @Test
    void healthMetricsAndOpenApiAnswer() throws Exception {
        assertThat(json(get("/health/live")).get("status").asText()).isEqualTo("up");
        assertThat(json(get("/health/ready")).get("status").asText()).isEqualTo("ready");
        get("/api/topics");
        assertThat(get("/metrics").body()).contains("veille_api_requests_seconds_count").contains("route=\"topics\"");
        JsonNode openApi = json(get("/api/openapi.json"));
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        assertThat(openApi.get("paths").has("/api/search")).isTrue();
        assertThat(openApi.get("paths").has("/api/alerts/stream")).isTrue();
        assertThat(openApi.get("paths").has("/api/articles/{id}/story")).isTrue();
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static Alert alert(String articleId) {
        return new Alert(Alert.SCHEMA_VERSION, "w1", "Sovereignty", articleId, "Title " + articleId, "https://example.org/" + articleId,
                List.of("digital-sovereignty"), "topic", Instant.parse("2026-11-28T08:00:00Z"), Instant.parse("2026-11-28T08:01:00Z"));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).DELETE();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    static final class MemoryWatches implements WatchRegistry {
        final Map<String, Watch> stored = new ConcurrentHashMap<>();

        @Override
        public List<Watch> list() {
            return List.copyOf(stored.values());
        }

        @Override
        public Optional<Watch> get(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public void put(Watch watch) {
            stored.put(watch.id(), watch);
        }

        @Override
        public void delete(String id) {
            stored.remove(id);
        }
    }

    static final class MemoryAlerts implements AlertSource {
        final List<Alert> all = new CopyOnWriteArrayList<>();
        final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();

        void publish(Alert alert) {
            all.add(0, alert);
            listeners.forEach(l -> l.accept(alert));
        }

        @Override
        public List<Alert> recent(int limit) {
            return all.subList(0, Math.min(limit, all.size()));
        }

        @Override
        public AutoCloseable subscribe(Consumer<Alert> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
