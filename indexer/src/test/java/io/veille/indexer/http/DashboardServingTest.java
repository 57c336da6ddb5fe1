package io.veille.indexer.http;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veille.common.event.Alert;
import io.veille.common.event.Watch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's files as {@code veille serve} hands them out: types, security headers, and nothing else. */
class DashboardServingTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer(new FakeQueries(), new NoWatches(), new NoAlerts(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), "t", Clock.systemUTC()).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theRootIsTheDashboardPageInUtf8WithAStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
        assertThat(page.body()).contains("<meta charset=\"utf-8\">", "src=\"/assets/app.js\"", "href=\"/assets/app.css\"");
    }

    @Test
    void thePageHasNoInlineScriptNoInlineStyleAndNothingFromElsewhere() throws Exception {
        String html = get("/").body();
        Matcher scripts = Pattern.compile("<script\\b([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("every script has a src").contains("src=\"/assets/");
        }
        assertThat(count).isPositive();
        assertThat(html).doesNotContain("style=", "<style", "http://", "https://", "//cdn")
                .doesNotContainPattern("\\son[a-z]+\\s*=");
        for (String module : List.of("app.js", "api.js", "dom.js")) {
            String js = get("/assets/" + module).body();
            assertThat(js).as(module).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }

    @Test
    void scriptsAndStylesHaveTheirContentTypes() throws Exception {
        HttpResponse<String> js = get("/assets/app.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(js.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(js.headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<String> css = get("/assets/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void unknownAssetsAre404() throws Exception {
        for (String path : List.of("/assets/missing.js", "/assets/", "/assets/app.JS", "/assets/App.js", "/index.html",
                "/assets/openapi.json", "/assets/DashboardAssets.class")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json; charset=utf-8");
        }
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        // sent byte for byte on a socket: no client normalises these paths before the server sees them; 400 when
        // the JDK server itself refuses the request line, else our 404
        for (String path : List.of("/assets/../openapi.json", "/assets/..%2Fopenapi.json", "/assets/%2e%2e%2fopenapi.json",
                "/assets/..%2F..%2Fhttp%2Fopenapi.json", "/assets/..\\openapi.json", "/assets/%2e%2e/%2e%2e/ApiServer.class",
                "/assets/app.js%00.html", "/assets/dashboard/app.js", "/assets//etc/passwd", "/assets/.%2e/.%2e/openapi.json")) {
            String answer = raw(path);
            assertThat(answer).as(path).matches("(?s)HTTP/1.1 40[04] .*").doesNotContain("\"openapi\"", "import ");
        }
        assertThat(raw("/assets/app.js")).as("the same socket request reaches a real file").startsWith("HTTP/1.1 200");
    }

    @Test
    void apiAnswersAreNotSniffedEither() throws Exception {
        HttpResponse<String> topics = get("/api/topics");
        assertThat(topics.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/api/nothing").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final class NoWatches implements WatchRegistry {
        @Override
        public List<Watch> list() {
            return List.of();
        }

        @Override
        public Optional<Watch> get(String id) {
            return Optional.empty();
        }

        @Override
        public void put(Watch watch) {
        }

        @Override
        public void delete(String id) {
        }
    }

    private static final class NoAlerts implements AlertSource {
        @Override
        public List<Alert> recent(int size) {
            return List.of();
        }

        @Override
        public AutoCloseable subscribe(Consumer<Alert> listener) {
            return () -> { };
        }
    }
}
