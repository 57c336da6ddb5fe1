package io.veille.enricher.stream;

import io.veille.common.config.VeilleConfig;
import io.veille.common.event.Alert;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.common.event.TopicScore;
import io.veille.common.event.TopicTrend;
import io.veille.common.event.Watch;
import io.veille.common.kafka.Serdes;
import io.veille.common.kafka.VeilleTopics;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichmentTopologyTest {
    private static final Instant T0 = Instant.parse("2026-02-02T10:00:00Z");
    private final VeilleTopics topics = VeilleTopics.withDefaultPrefix();
    private final AtomicReference<String> taxonomyVersion = new AtomicReference<>("1");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestInputTopic<String, Watch> watches;
    private TestInputTopic<String, String> taxonomy;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, TopicTrend> trends;
    private TestOutputTopic<byte[], byte[]> dlq;

    /** A stand-in for the understanding: topics from the feed's categories, and it chokes on "BOOM". */
    private EnrichedArticle understand(RawArticle article) {
        if (article.title().contains("BOOM")) {
            throw new IllegalStateException("the tagger choked on " + article.id());
        }
        List<TopicScore> topicScores = article.categories().stream().map(c -> new TopicScore(c, 2.0, List.of(c))).toList();
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, article, article.languageHint(), 0.9, topicScores,
                List.of(), false, "story-" + article.id(), 1, article.title(), taxonomyVersion.get(), T0);
    }

    @BeforeEach
    void startDriver() {
        Properties props = EnricherConfig.streamsProperties(
                VeilleConfig.defaults().with("enricher.state-dir", stateDir.toString()), topics);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        driver = new TopologyTestDriver(EnrichmentTopology.build(topics, this::understand,
                yaml -> taxonomyVersion.set(yaml.replaceAll("(?s).*version:\\s*(\\S+).*", "$1")),
                EnrichmentTopology.Settings.defaults()), props, T0);
        var keys = new StringSerializer();
        raw = driver.createInputTopic(topics.articlesRaw(), keys, Serdes.rawArticle().serializer());
        rawBytes = driver.createInputTopic(topics.articlesRaw(), keys, new ByteArraySerializer());
        watches = driver.createInputTopic(topics.watches(), keys, Serdes.watch().serializer());
        taxonomy = driver.createInputTopic(topics.taxonomy(), keys, new StringSerializer());
        var keysOut = new StringDeserializer();
        enriched = driver.createOutputTopic(topics.articlesEnriched(), keysOut, Serdes.enrichedArticle().deserializer());
        alerts = driver.createOutputTopic(topics.alerts(), keysOut, Serdes.alert().deserializer());
        trends = driver.createOutputTopic(topics.topicTrends(), keysOut, Serdes.topicTrend().deserializer());
        dlq = driver.createOutputTopic(topics.articlesDlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private static RawArticle article(String slug, String title, Instant published, String... categories) {
        return RawArticleBuilder.article().url("https://news.example.org/" + slug).feedId("feed-a").source("Example News")
                .title(title).text(title + ". Corps de l'article.").publishedAt(published).fetchedAt(published)
                .categories(List.of(categories)).languageHint("fr").build();
    }

    private void send(RawArticle article, Instant at) {
        raw.pipeInput(new TestRecord<>(article.id(), article, at));
    }

    @Test
    void aNewArticleComesOutEnrichedUnderItsId() {
        RawArticle a = article("a", "Souveraineté numérique", T0, "digital-sovereignty");
        send(a, T0);
        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.key()).isEqualTo(a.id());
        assertThat(out.value().article()).isEqualTo(a);
        assertThat(out.value().topicIds()).containsExactly("digital-sovereignty");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void anExactRepeatIsDroppedAndAChangedArticlePassesAsAnUpdate() {
        RawArticle a = article("a", "Kubernetes 1.40", T0, "cloud-native");
        send(a, T0);
        send(a, T0.plusSeconds(60));
        RawArticle changed = RawArticleBuilder.from(a).text("Corrigé : la version sort en mars.").contentHash(null).build();
        send(changed, T0.plusSeconds(120));

        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).headers().lastHeader(DedupProcessor.UPDATE_HEADER)).isNull();
        assertThat(out.get(1).value().article().text()).startsWith("Corrigé");
        assertThat(new String(out.get(1).headers().lastHeader(DedupProcessor.UPDATE_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo("true");
    }

    @Test
    void aRepeatIsRememberedForTheRetentionOnlyAndItsWatchAlertsAgainAfterIt() {
        Duration retention = EnrichmentTopology.Settings.defaults().dedupRetention();
        watches.pipeInput("w-1", new Watch(Watch.SCHEMA_VERSION, "w-1", "Souveraineté", List.of("digital-sovereignty"),
                List.of(), List.of(), List.of("fr"), List.of(), 0, T0));
        RawArticle a = article("souverain", "Cloud souverain", T0, "digital-sovereignty");

        send(a, T0);
        send(a, T0.plus(retention).minusSeconds(60)); // still remembered: dropped
        send(article("later", "Autre sujet", T0, "cloud-native"), T0.plus(retention).plus(Duration.ofDays(2)));
        send(a, T0.plus(retention).plus(Duration.ofDays(2))); // forgotten: passes as new, alerts again

        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsExactly(a.id(), article("later", "Autre sujet", T0).id(), a.id());
        assertThat(out.get(2).headers().lastHeader(DedupProcessor.UPDATE_HEADER)).isNull();
        assertThat(alerts.readRecordsToList()).extracting(record -> record.value().articleId()).containsExactly(a.id(), a.id());
    }

    @Test
    void bytesThatAreNotAnArticleAreSkippedAndTheNextArticlePasses() {
        // TopologyTestDriver does not capture the dead letters of the deserialization handler; the handler
        // is tested alone in DeadLetterHandlersTest and against the real broker in EnricherIT.
        rawBytes.pipeInput("bad-1", "{not json".getBytes(StandardCharsets.UTF_8));
        rawBytes.pipeInput("bad-2", "{\"schemaVersion\":42,\"id\":\"x\",\"url\":\"u\",\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8));
        send(article("ok", "Un article sain", T0, "open-source"), T0);
        assertThat(enriched.readValuesToList()).extracting(e -> e.article().title()).containsExactly("Un article sain");
    }

    @Test
    void anArticleThatMakesTheUnderstandingThrowIsDeadLetteredAndTheStreamGoesOn() {
        RawArticle poison = article("poison", "BOOM", T0, "ai");
        send(poison, T0);
        send(article("next", "Le suivant", T0, "ai"), T0);

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo(poison.id());
        assertThat(Serdes.rawArticle().read(dead.value())).isEqualTo(poison);
        assertThat(headers(dead)).containsEntry(DeadLetters.STAGE_HEADER, "processing")
                .containsEntry(DeadLetters.EXCEPTION_HEADER, IllegalStateException.class.getName());
        assertThat(headers(dead).get(DeadLetters.MESSAGE_HEADER)).contains("the tagger choked");
        assertThat(enriched.readValuesToList()).extracting(e -> e.article().title()).containsExactly("Le suivant");
    }

    @Test
    void aResultTooLargeToWriteIsDeadLetteredBeforeTheProducerAndTheStreamGoesOn() {
        String body = "Un paragraphe très long sur le logiciel libre. ".repeat(12_000); // ≈ 560 KB, twice in the result
        RawArticle huge = RawArticleBuilder.from(article("huge", "Énorme", T0, "open-source"))
                .text(body).contentHtml("<p>" + body + "</p>").contentHash(null).build();
        send(huge, T0);
        send(article("next", "Le suivant", T0, "ai"), T0);

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo(huge.id());
        assertThat(headers(dead)).containsEntry(DeadLetters.STAGE_HEADER, "processing")
                .containsEntry(DeadLetters.EXCEPTION_HEADER, ResultTooLargeException.class.getName());
        assertThat(headers(dead).get(DeadLetters.MESSAGE_HEADER)).contains(huge.id()).contains("bytes");
        assertThat(enriched.readValuesToList()).extracting(e -> e.article().title()).containsExactly("Le suivant");
    }

    @Test
    void aNewTaxonomyIsUsedWithoutARestart() {
        send(article("before", "Avant", T0, "ai"), T0);
        taxonomy.pipeInput("default", "name: default\nversion: 2026.2\ntopics: []\n");
        send(article("after", "Après", T0, "ai"), T0);
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::taxonomyVersion).containsExactly("1", "2026.2");
    }

    @Test
    void aBrokenTaxonomyIsRejectedAndThePreviousOneStays() {
        EnrichmentTopologyTest test = this;
        driver.close();
        taxonomyVersion.set("1");
        Properties props = EnricherConfig.streamsProperties(VeilleConfig.defaults().with("enricher.state-dir", stateDir.toString()), topics);
        driver = new TopologyTestDriver(EnrichmentTopology.build(topics, test::understand,
                yaml -> { throw new IllegalArgumentException("not a taxonomy"); }, EnrichmentTopology.Settings.defaults()), props, T0);
        driver.createInputTopic(topics.taxonomy(), new StringSerializer(), new StringSerializer()).pipeInput("default", "garbage");
        var in = driver.createInputTopic(topics.articlesRaw(), new StringSerializer(), Serdes.rawArticle().serializer());
        RawArticle a = article("x", "Toujours là", T0, "ai");
        in.pipeInput(a.id(), a);
        assertThat(driver.createOutputTopic(topics.articlesEnriched(), new StringDeserializer(), Serdes.enrichedArticle().deserializer())
                .readValuesToList()).extracting(EnrichedArticle::taxonomyVersion).containsExactly("1");
    }

    @Test
    void aWatchAlertsOncePerArticleAndStopsWhenDeleted() {
        Watch sovereignty = new Watch(Watch.SCHEMA_VERSION, "w-1", "Souveraineté", List.of("digital-sovereignty"), List.of(),
                List.of(), List.of("fr"), List.of(), 0, T0);
        watches.pipeInput("w-1", sovereignty);

        RawArticle a = article("cloud-souverain", "Un cloud souverain pour l'État", T0, "digital-sovereignty", "cloud-native");
        send(a, T0);
        send(RawArticleBuilder.from(a).text("Mise à jour du texte.").contentHash(null).build(), T0.plusSeconds(30));
        send(article("kube", "Kubernetes", T0, "cloud-native"), T0);

        List<TestRecord<String, Alert>> out = alerts.readRecordsToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).key()).isEqualTo("w-1");
        assertThat(out.get(0).value().articleId()).isEqualTo(a.id());
        assertThat(out.get(0).value().matchedTopics()).containsExactly("digital-sovereignty");
        assertThat(out.get(0).value().reason()).contains("digital-sovereignty");

        watches.pipeInput("w-1", null);
        send(article("autre", "Autre article souverain", T0, "digital-sovereignty"), T0);
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void trendsCountArticlesPerTopicPerWindowAndAcceptLateArticlesWithinTheGrace() {
        Instant hour10 = Instant.parse("2026-02-02T10:15:00Z");
        send(article("t1", "Un", hour10, "ai"), hour10);
        send(article("t2", "Deux", hour10.plusSeconds(600), "ai", "security"), hour10.plusSeconds(600));
        // stream time moves two days on: the 10:00 window is now past its 24 h grace
        Instant later = hour10.plus(java.time.Duration.ofDays(2));
        send(article("t3", "Trois", later, "ai"), later);
        // late, but within the grace of its window: counted
        send(article("t4", "Quatre", later.minusSeconds(3600 * 5), "ai"), later);
        // too late for the 2 February windows: not counted there
        send(article("t5", "Cinq", hour10.plusSeconds(60), "ai"), later);

        Map<String, Long> latest = trends.readValuesToList().stream()
                .collect(Collectors.toMap(t -> t.topic() + "@" + t.interval() + "@" + t.windowStart(), TopicTrend::count, (x, y) -> y));
        assertThat(latest).containsEntry("ai@hour@2026-02-02T10:00:00Z", 2L)
                .containsEntry("security@hour@2026-02-02T10:00:00Z", 1L)
                .containsEntry("ai@day@2026-02-02T00:00:00Z", 2L)
                .containsEntry("ai@hour@2026-02-04T05:00:00Z", 1L)
                .containsEntry("ai@day@2026-02-04T00:00:00Z", 2L);
    }

    @Test
    void anUpdateIsNotCountedTwiceInTrends() {
        RawArticle a = article("u", "Original", T0, "privacy");
        send(a, T0);
        send(RawArticleBuilder.from(a).text("Changé.").contentHash(null).build(), T0.plusSeconds(10));
        assertThat(trends.readValuesToList()).filteredOn(t -> t.interval().equals("hour"))
                .extracting(TopicTrend::count).containsExactly(1L);
    }

    private static Map<String, String> headers(TestRecord<byte[], byte[]> record) {
        Map<String, String> map = new java.util.HashMap<>();
        for (Header h : record.headers()) {
            map.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return map;
    }
}
