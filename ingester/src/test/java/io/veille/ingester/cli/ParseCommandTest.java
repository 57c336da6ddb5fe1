package io.veille.ingester.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.veille.common.event.EventJson;
import io.veille.common.event.RawArticle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {
    static final Path SAMPLES = Path.of("..", "samples", "feeds");
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return new CommandLine(new ParseCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void printsOneJsonArticlePerLineWithItsSource() throws Exception {
        String feed = SAMPLES.resolve("le-terminal-bavard.rss.xml").toString();
        assertThat(run(feed)).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(12);
        for (String line : lines) {
            RawArticle a = EventJson.mapper().readValue(line, RawArticle.class);
            assertThat(a.source()).isEqualTo(feed);
            assertThat(a.url()).startsWith("https://demo.veille.test/");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadInputGivesOneStderrLineStartingWithItsPathAndTheOthersStillParse(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html><body><p>hello</p></body></html>");
        Path missing = dir.resolve("missing.xml");
        String good = SAMPLES.resolve("ai-digest.json").toString();
        assertThat(run(html.toString(), good, missing.toString())).isEqualTo(2);
        assertThat(err.toString().lines().toList()).containsExactly(
                html + ": an HTML page, not a feed", missing + ": no such file");
        assertThat(out.toString().lines()).hasSize(9);
    }

    @Test
    void hundredsOfFilesInOneCall(@TempDir Path dir) throws Exception {
        byte[] feed = Files.readAllBytes(SAMPLES.resolve("bric-a-brac.rss.xml"));
        List<String> args = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Path f = dir.resolve("feed-" + i + ".xml");
            Files.write(f, feed);
            args.add(f.toString());
        }
        assertThat(run(args.toArray(String[]::new))).isZero();
        assertThat(out.toString().lines()).hasSize(300 * 7);
    }

    @Test
    void baseUrlResolvesRelativeLinksOfAFile(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("rel.xml"), "<rss version=\"2.0\"><channel><title>t</title><description>d</description>"
                + "<item><title>Relative</title><link>posts/one?utm_source=x</link></item></channel></rss>");
        assertThat(run(f.toString(), "--base", "https://demo.veille.test/blog/feed.xml")).isZero();
        JsonNode a = EventJson.mapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(a.path("url").asText()).isEqualTo("https://demo.veille.test/blog/posts/one");
    }

    @Test
    void fetchesUrlsAndReportsHttpErrors() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] feed = Files.readAllBytes(SAMPLES.resolve("policy-watch.json"));
        server.createContext("/feed.json", x -> {
            x.getResponseHeaders().add("Content-Type", "application/feed+json");
            x.sendResponseHeaders(200, feed.length);
            x.getResponseBody().write(feed);
            x.close();
        });
        server.createContext("/gone", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(run(base + "/feed.json", base + "/gone")).isEqualTo(2);
            assertThat(out.toString().lines()).hasSize(8);
            assertThat(err.toString().strip()).isEqualTo(base + "/gone: HTTP 404");
        } finally {
            server.stop(0);
        }
    }
}
