package io.veille.app.up;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

class FeedFileServerTest {
    @TempDir
    Path dir;
    private FeedFileServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Files.writeString(dir.resolve("news.rss.xml"), "<rss version=\"2.0\"><channel><title>News</title></channel></rss>");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("hidden.json"), "{}");
        Files.writeString(dir.resolve(".secret.json"), "{}");
        server = FeedFileServer.start(dir, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesAFeedOnLoopbackWithItsTypeAndAValidator() throws Exception {
        HttpResponse<String> response = get("/news.rss.xml", null);

        assertThat(server.baseUri().toString()).startsWith("http://127.0.0.1:").endsWith("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>News</title>");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).startsWith("\""));
    }

    @Test
    void answersNotModifiedToAClientThatHasTheSameBytes() throws Exception {
        String etag = get("/news.rss.xml", null).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("/news.rss.xml", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void servesAFileAsItIsNowAfterAnItemWasAppended() throws Exception {
        HttpResponse<String> before = get("/news.rss.xml", null);
        Files.writeString(dir.resolve("news.rss.xml"), "<!-- new item -->", StandardOpenOption.APPEND);

        HttpResponse<String> after = get("/news.rss.xml", before.headers().firstValue("ETag").orElseThrow());

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).endsWith("<!-- new item -->");
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
    }

    @Test
    void servesNothingOutsideTheFilesOfItsDirectory() throws Exception {
        assertThat(get("/sub/hidden.json", null).statusCode()).isEqualTo(404);
        assertThat(get("/../news.rss.xml", null).statusCode()).isEqualTo(404);
        assertThat(get("/%2e%2e/etc/passwd", null).statusCode()).isEqualTo(404);
        assertThat(get("/.secret.json", null).statusCode()).isEqualTo(404);
        assertThat(get("/", null).statusCode()).isEqualTo(404);
        assertThat(get("/missing.xml", null).statusCode()).isEqualTo(404);
    }

    @Test
    void namesTheTypeOfEachFeedFormat() {
        assertThat(FeedFileServer.contentType("a.atom.xml")).isEqualTo("application/atom+xml");
        assertThat(FeedFileServer.contentType("a.rdf")).isEqualTo("application/rdf+xml");
        assertThat(FeedFileServer.contentType("a.json")).startsWith("application/feed+json");
    }
}
