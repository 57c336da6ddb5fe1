package io.veille.indexer.write;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import io.veille.indexer.index.ArticleDocument;
import io.veille.indexer.testing.Articles;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk writer's handling of each item's fate, against a scripted Elasticsearch. */
class BulkWriterTest {
    // bulks leave only when awaitIdle flushes (or at 100 operations), so a test knows what each bulk holds
    private static final BulkWriter.Options FAST = new BulkWriter.Options(100, 1_000_000, Duration.ofMinutes(10), 1,
            new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)));

    /** Answers bulks with a function of the request and the call number. */
    static final class ScriptedTransport implements ElasticsearchTransport {
        final AtomicInteger calls = new AtomicInteger();
        final List<List<String>> requests = new CopyOnWriteArrayList<>();
        final java.util.function.BiFunction<Integer, BulkRequest, CompletableFuture<BulkResponse>> script;

        ScriptedTransport(java.util.function.BiFunction<Integer, BulkRequest, CompletableFuture<BulkResponse>> script) {
            this.script = script;
        }

        @Override
        public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request, Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request, Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
            BulkRequest bulk = (BulkRequest) request;
            requests.add(bulk.operations().stream().map(op -> op.index().id()).toList());
            return (CompletableFuture<ResponseT>) script.apply(calls.getAndIncrement(), bulk);
        }

        @Override
        public JsonpMapper jsonpMapper() {
            return new JacksonJsonpMapper();
        }

        @Override
        public TransportOptions options() {
            return null;
        }

        @Override
        public void close() {
        }
    }

    static final class Fates implements BulkWriter.Listener<String> {
        final Map<String, String> fate = new ConcurrentHashMap<>();
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicInteger available = new AtomicInteger();

        @Override
        public void written(String ticket, boolean superseded) {
            fate.put(ticket, superseded ? "superseded" : "written");
        }

        @Override
        public void rejected(String ticket, String errorType, String reason) {
            fate.put(ticket, "rejected:" + errorType);
        }

        @Override
        public void unavailable(Throwable cause) {
            unavailable.incrementAndGet();
        }

        @Override
        public void available() {
            available.incrementAndGet();
        }
    }

    static CompletableFuture<BulkResponse> answer(BulkRequest request, Function<String, Integer> statusById) {
        List<BulkResponseItem> items = new ArrayList<>();
        for (BulkOperation op : request.operations()) {
            String id = op.index().id();
            int status = statusById.apply(id);
            items.add(BulkResponseItem.of(i -> {
                i.operationType(OperationType.Index).index("articles").id(id).status(status);
                if (status >= 300) {
                    String type = switch (status) {
                        case 409 -> "version_conflict_engine_exception";
                        case 429 -> "es_rejected_execution_exception";
                        case 400 -> "document_parsing_exception";
                        default -> "unavailable_shards_exception";
                    };
                    i.error(e -> e.type(type).reason("scripted " + status));
                }
                return i;
            }));
        }
        return CompletableFuture.completedFuture(BulkResponse.of(b -> b.errors(true).took(1).items(items)));
    }

    private static ArticleDocument doc(int n) {
        return ArticleDocument.of(Articles.article(n));
    }

    @Test
    void eachItemMeetsItsOwnFate() throws Exception {
        String tooMany = doc(1).id();
        String conflict = doc(2).id();
        String refused = doc(3).id();
        String serverError = doc(4).id();
        ScriptedTransport es = new ScriptedTransport((call, request) -> answer(request, id -> {
            if (call == 0 && id.equals(tooMany)) {
                return 429;
            }
            if (call == 0 && id.equals(serverError)) {
                return 503;
            }
            return id.equals(conflict) ? 409 : id.equals(refused) ? 400 : 201;
        }));
        Fates fates = new Fates();
        try (BulkWriter<String> writer = new BulkWriter<>(new ElasticsearchClient(es), "articles", FAST, fates)) {
            for (int n = 0; n < 5; n++) {
                writer.submit(doc(n), "doc" + n);
            }
            assertThat(writer.awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(fates.fate).containsEntry("doc0", "written")
                    .containsEntry("doc1", "written")          // 429, then retried
                    .containsEntry("doc2", "superseded")       // 409: a newer version is stored
                    .containsEntry("doc3", "rejected:document_parsing_exception")
                    .containsEntry("doc4", "written");         // 503, then retried
            assertThat(writer.retryCount()).isEqualTo(2);
            assertThat(es.requests.subList(1, es.requests.size()).stream().flatMap(List::stream))
                    .as("only the refused items are sent again").containsExactlyInAnyOrder(tooMany, serverError);
            assertThat(writer.pending()).isZero();
        }
    }

    @Test
    void aWholeBulkThatFailsIsRetriedWithBackoffUntilElasticsearchAnswers() throws Exception {
        ScriptedTransport es = new ScriptedTransport((call, request) -> call < 3
                ? CompletableFuture.failedFuture(new ConnectException("Connection refused"))
                : answer(request, id -> 201));
        Fates fates = new Fates();
        try (BulkWriter<String> writer = new BulkWriter<>(new ElasticsearchClient(es), "articles", FAST, fates)) {
            writer.submit(doc(1), "doc1");
            writer.submit(doc(2), "doc2");
            assertThat(writer.awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(fates.fate).containsEntry("doc1", "written").containsEntry("doc2", "written");
            assertThat(fates.unavailable.get()).isEqualTo(1);
            assertThat(fates.available.get()).isEqualTo(1);
            assertThat(writer.available()).isTrue();
            assertThat(es.calls.get()).as("three failed bulks, then the retries that succeed").isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void writesAreVersionedWithTheArticlesLastModifiedTime() throws Exception {
        List<BulkRequest> seen = new CopyOnWriteArrayList<>();
        ScriptedTransport es = new ScriptedTransport((call, request) -> {
            seen.add(request);
            return answer(request, id -> 201);
        });
        try (BulkWriter<String> writer = new BulkWriter<>(new ElasticsearchClient(es), "articles", FAST, new Fates())) {
            ArticleDocument doc = doc(7);
            writer.submit(doc, "doc7");
            assertThat(writer.awaitIdle(Duration.ofSeconds(10))).isTrue();
            var index = seen.get(0).operations().get(0).index();
            assertThat(index.id()).isEqualTo(doc.id());
            assertThat(index.version()).isEqualTo(doc.version());
            assertThat(index.versionType()).isEqualTo(co.elastic.clients.elasticsearch._types.VersionType.ExternalGte);
        }
    }

}
