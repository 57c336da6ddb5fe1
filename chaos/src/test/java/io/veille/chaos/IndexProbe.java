package io.veille.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the index behind one alias holds, read over Elasticsearch's REST API (no client library, so
 * the check shares no code with the indexer it checks). Every call answers a value or throws; a
 * missing alias counts as empty.
 */
final class IndexProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String alias;

    IndexProbe(String url, String alias) {
        this.url = url;
        this.alias = alias;
    }

    /** One indexed document: its id, its URL and its title. */
    record Doc(String id, String url, String title) {
    }

    /**
     * Documents searchable now, 0 when the alias does not exist yet. No refresh is forced (forcing one
     * several times a second would slow the very server under test): the count lags by at most the
     * index's refresh interval (1 s).
     */
    long count() throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", "/" + alias + "/_count", null);
        return r.statusCode() == 404 ? 0 : JSON.readTree(r.body()).path("count").asLong();
    }

    /** Every document behind the alias, after a refresh (5,000 per page, paged by id). */
    List<Doc> all() throws IOException, InterruptedException {
        send("POST", "/" + alias + "/_refresh", null);
        List<Doc> docs = new ArrayList<>();
        String after = null;
        while (true) {
            String body = "{\"size\":5000,\"_source\":[\"url\",\"title\"],\"sort\":[{\"id\":\"asc\"}],\"query\":{\"match_all\":{}}"
                    + (after == null ? "" : ",\"search_after\":[" + JSON.writeValueAsString(after) + "]") + "}";
            HttpResponse<String> r = send("POST", "/" + alias + "/_search", body);
            if (r.statusCode() == 404) {
                return docs;
            }
            require(r);
            JsonNode hits = JSON.readTree(r.body()).path("hits").path("hits");
            if (hits.isEmpty()) {
                return docs;
            }
            for (JsonNode hit : hits) {
                docs.add(new Doc(hit.path("_id").asText(), hit.path("_source").path("url").asText(null),
                        hit.path("_source").path("title").asText(null)));
                after = hit.path("sort").path(0).asText();
            }
        }
    }

    /**
     * Sets or lifts {@code index.blocks.write} on the index behind the alias: writes answer a
     * {@code cluster_block_exception}, as at the flood-stage watermark. Not {@code read_only_allow_delete} itself:
     * Elasticsearch's disk monitor lifts that block on its own when the disk is not full, in the middle of the test.
     */
    void readOnly(boolean on) throws IOException, InterruptedException {
        require(send("PUT", "/" + alias + "/_settings",
                "{\"index.blocks.write\":" + (on ? "true" : "null") + "}"));
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void require(HttpResponse<String> r) throws IOException {
        if (r.statusCode() / 100 != 2) {
            throw new IOException("Elasticsearch answered " + r.statusCode() + ": " + r.body());
        }
    }
}
