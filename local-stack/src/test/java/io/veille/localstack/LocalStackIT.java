package io.veille.localstack;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.veille.common.event.EventJson;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.common.kafka.EventDeserializationException;
import io.veille.common.kafka.Serdes;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(LocalStackExtension.class)
class LocalStackIT {

    static RawArticle article(String slug, String title) {
        return RawArticleBuilder.article()
                .url("https://news.example.org/" + slug)
                .feedId("feed-1").feedUrl("https://news.example.org/feed.xml").source("Example News")
                .title(title)
                .publishedAt(Instant.parse("2026-03-02T10:00:00Z"))
                .fetchedAt(Instant.parse("2026-03-02T10:05:00Z"))
                .text("La Commission ouvre une consultation sur les logiciels libres.")
                .languageHint("fr")
                .build();
    }

    @Test
    void anArticleTravelsThroughTheRealBrokerWithTheRealSerde(LocalStack stack) {
        String topic = stack.topics().articlesRaw();
        RawArticle sent = article("consultation-open-source", "Consultation européenne sur l'open source");
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), Serdes.rawArticle().serializer())) {
            producer.send(new ProducerRecord<>(topic, sent.id(), sent)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (var consumer = new KafkaConsumer<>(consumerConfig(stack), new StringDeserializer(), Serdes.rawArticle().deserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, RawArticle>> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.stream().noneMatch(r -> r.key().equals(sent.id())) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
            assertThat(received).filteredOn(r -> r.key().equals(sent.id()))
                    .singleElement().extracting(ConsumerRecord::value).isEqualTo(sent);
        }
    }

    @Test
    void garbageOnTheBrokerGivesATypedErrorNamingTheRecord(LocalStack stack) throws Exception {
        String topic = "veille.test.garbage-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", new byte[]{'{', 'n', 'o', 't', ' ', 'j', 's', 'o', 'n'})).get();
        }
        try (var consumer = new KafkaConsumer<>(consumerConfig(stack), new StringDeserializer(), Serdes.rawArticle().deserializer())) {
            consumer.subscribe(List.of(topic));
            assertThatThrownBy(() -> {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500));
                }
            }).isInstanceOf(RecordDeserializationException.class)
                    .hasCauseInstanceOf(EventDeserializationException.class)
                    .satisfies(e -> assertThat(((RecordDeserializationException) e).offset()).isZero());
        }
    }

    @Test
    void everyVeilleTopicExistsWithItsCleanupPolicyAndBootstrapIsIdempotent(LocalStack stack) throws Exception {
        assertThat(stack.createTopics(3)).as("a second bootstrap creates nothing").isEmpty();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).containsAll(
                    stack.topics().specs(3).stream().map(s -> s.name()).toList());
            var feeds = new ConfigResource(ConfigResource.Type.TOPIC, stack.topics().feeds());
            var raw = new ConfigResource(ConfigResource.Type.TOPIC, stack.topics().articlesRaw());
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(feeds, raw)).all().get();
            assertThat(configs.get(feeds).get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(raw).get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(admin.describeTopics(List.of(stack.topics().articlesRaw())).allTopicNames().get()
                    .get(stack.topics().articlesRaw()).partitions()).hasSize(3);
        }
    }

    @Test
    void everyServiceCreatesTheConfiguredTopicsOnceAtStart(LocalStack stack) {
        var config = io.veille.common.config.VeilleConfig.defaults()
                .with("kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                .with("topics.prefix", "newsroom-" + UUID.randomUUID().toString().substring(0, 6) + ".")
                .with("topics.partitions", "2");
        assertThat(io.veille.common.kafka.TopicBootstrap.ensureTopics(config))
                .hasSize(9).allMatch(name -> name.startsWith(config.string("topics.prefix")));
        assertThat(io.veille.common.kafka.TopicBootstrap.ensureTopics(config)).isEmpty();
    }

    @Test
    void theRealElasticsearchCreatesAnIndexBulkIndexesAndSearches(LocalStack stack) throws Exception {
        try (RestClient rest = RestClient.builder(HttpHost.create(stack.elasticsearch().url())).build();
             var transport = new RestClientTransport(rest, new JacksonJsonpMapper(EventJson.mapper()))) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            String index = "smoke-" + UUID.randomUUID();
            client.indices().create(c -> c.index(index)
                    .mappings(m -> m.properties("title", p -> p.text(t -> t.analyzer("standard")))
                            .properties("id", p -> p.keyword(k -> k))));
            List<RawArticle> articles = List.of(
                    article("souverainete", "Souveraineté numérique : Bruxelles consulte"),
                    article("kubernetes", "Kubernetes 1.40 released"));
            BulkResponse bulk = client.bulk(b -> {
                b.index(index).refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
                articles.forEach(a -> b.operations(op -> op.index(i -> i.id(a.id())
                        .document(Map.of("id", a.id(), "title", a.title())))));
                return b;
            });
            assertThat(bulk.errors()).isFalse();
            SearchResponse<Map> hits = client.search(s -> s.index(index)
                    .query(q -> q.match(m -> m.field("title").query("kubernetes"))), Map.class);
            assertThat(hits.hits().hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.id()).isEqualTo(articles.get(1).id()));
        }
    }

    private static Map<String, Object> consumerConfig(LocalStack stack) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    }
}
