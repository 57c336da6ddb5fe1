package io.veille.indexer.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veille.common.event.Alert;
import io.veille.common.event.Watch;
import io.veille.common.kafka.Serdes;
import io.veille.indexer.query.ElasticsearchArticleQueries;
import io.veille.indexer.testing.Articles;
import io.veille.indexer.testing.IndexerFixture;
import io.veille.localstack.LocalStack;
import io.veille.localstack.LocalStackExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code veille serve}'s API wired to the real Elasticsearch and Kafka. */
@ExtendWith(LocalStackExtension.class)
class ApiServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void searchWatchesAndAlertsWorkAgainstTheRealServers(LocalStack stack) throws Exception {
        try (IndexerFixture world = new IndexerFixture(stack, "it-api");
             KafkaWatchRegistry watches = new KafkaWatchRegistry(world.settings.kafkaProperties(), world.settings.topics().watches());
             KafkaAlertSource alerts = new KafkaAlertSource(world.settings.kafkaProperties(), world.settings.topics().alerts(), 100);
             ApiServer server = new ApiServer(new ElasticsearchArticleQueries(world.es, world.settings.alias()), watches, alerts,
                     new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), world.settings.apiToken(), Clock.systemUTC())
                     .start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            world.indexAll(IntStream.range(0, 8).mapToObj(Articles::article).toList());

            // search, with a bad parameter refused before Elasticsearch sees it
            JsonNode page = JSON.readTree(get(base + "/api/search?q=container&size=2").body());
            assertThat(page.get("total").asLong()).isEqualTo(4);
            assertThat(page.get("next").asText()).isNotBlank();
            JsonNode next = JSON.readTree(get(base + "/api/search?q=container&size=2&after=" + page.get("next").asText()).body());
            assertThat(next.at("/hits/0/id").asText()).isNotEqualTo(page.at("/hits/0/id").asText());
            HttpResponse<String> bad = get(base + "/api/search?size=-1");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(get(base + "/health/ready").statusCode()).isEqualTo(200);

            // a watch written through the API is a Watch record on veille.watches
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/watches"))
                    .header("Authorization", "Bearer " + world.settings.apiToken())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"sov\",\"name\":\"Souveraineté\",\"topicsAny\":[\"digital-sovereignty\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            List<ConsumerRecord<byte[], byte[]>> records = world.readAll(world.settings.topics().watches());
            assertThat(records).hasSize(1);
            Watch stored = Serdes.watch().read(records.get(0).value());
            assertThat(new String(records.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("sov");
            assertThat(stored.topicsAny()).containsExactly("digital-sovereignty");
            assertThat(JSON.readTree(get(base + "/api/watches").body()).at("/watches/0/name").asText()).isEqualTo("Souveraineté");

            HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/watches/sov"))
                    .header("Authorization", "Bearer " + world.settings.apiToken()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(deleted.statusCode()).isEqualTo(204);
            List<ConsumerRecord<byte[], byte[]>> after = world.readAll(world.settings.topics().watches());
            assertThat(after).hasSize(2);
            assertThat(after.get(1).value()).as("a tombstone").isNull();

            // alerts produced on veille.alerts are listed
            try (KafkaProducer<byte[], byte[]> producer = world.producer()) {
                Alert alert = new Alert(Alert.SCHEMA_VERSION, "sov", "Souveraineté", "a1", "Title", "https://example.org/a1",
                        List.of("digital-sovereignty"), "topic", Instant.now(), Instant.now());
                producer.send(new ProducerRecord<>(world.settings.topics().alerts(), "sov".getBytes(StandardCharsets.UTF_8),
                        Serdes.alert().serializer().serialize("", alert)));
            }
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    JSON.readTree(get(base + "/api/alerts").body()).get("alerts").size() == 1);
        }
    }

    private HttpResponse<String> get(String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
