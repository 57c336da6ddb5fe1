package io.veille.common.kafka;

import io.veille.common.event.ArticleEvent;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.common.event.TopicScore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSerdeTest {
    private final EventSerde<RawArticle> rawSerde = Serdes.rawArticle();
    private final EventSerde<EnrichedArticle> enrichedSerde = Serdes.enrichedArticle();

    static RawArticle sample() {
        return RawArticleBuilder.article()
                .url("https://blog.example.fr/2026/01/cloud-native-days")
                .feedId("f1").feedUrl("https://blog.example.fr/feed").source("Le blog d'exemple")
                .title("Cloud Native Days France au 104")
                .authors(List.of("Camille"))
                .publishedAt(Instant.parse("2026-01-12T08:30:00Z"))
                .fetchedAt(Instant.parse("2026-01-12T09:00:00Z"))
                .contentHtml("<p>Rendez-vous le mardi 3 février 2026.</p>")
                .text("Rendez-vous le mardi 3 février 2026.")
                .categories(List.of("DevOps"))
                .languageHint("fr")
                .build();
    }

    @Test
    void rawArticleSurvivesTheRoundTrip() {
        RawArticle article = sample();
        byte[] bytes = rawSerde.serializer().serialize("t", article);
        assertThat(rawSerde.deserializer().deserialize("t", bytes)).isEqualTo(article);
    }

    @Test
    void enrichedArticleSurvivesTheRoundTrip() {
        EnrichedArticle enriched = new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, sample(), "fr", 0.98,
                List.of(new TopicScore("devops-events", 3.5, List.of("conférence", "devops"))),
                List.of(new ArticleEvent(ArticleEvent.Kind.EVENT, "conference", "Cloud Native Days France",
                        LocalDate.of(2026, 2, 3), null, "CENTQUATRE-PARIS", "Paris", "Rendez-vous le mardi 3 février 2026.")),
                true, "s-1234", 3, "Rendez-vous le mardi 3 février 2026.", "2026.1", Instant.parse("2026-01-12T09:00:01Z"));
        byte[] bytes = enrichedSerde.serializer().serialize("t", enriched);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"kind\":\"event\"", "\"start\":\"2026-02-03\"", "\"publishedAt\":\"2026-01-12T08:30:00Z\"");
        EnrichedArticle back = enrichedSerde.deserializer().deserialize("t", bytes);
        assertThat(back).isEqualTo(enriched);
        assertThat(back.events().get(0).end()).isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        String json = new String(rawSerde.serializer().serialize("t", sample()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"aFieldAddedLater\":{\"x\":[1,2]},");
        RawArticle read = rawSerde.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(sample());
    }

    @Test
    void garbageThrowsATypedErrorInsteadOfReturningNull() {
        assertThatThrownBy(() -> rawSerde.deserializer().deserialize("t", new byte[]{(byte) 0xff, 0x00, 0x13, 'x'}))
                .isInstanceOf(EventDeserializationException.class)
                .hasMessageContaining("not JSON")
                .extracting(e -> ((EventDeserializationException) e).reason())
                .isEqualTo(EventDeserializationException.Reason.NOT_JSON);
    }

    @Test
    void jsonOfTheWrongShapeIsRefused() {
        assertThatThrownBy(() -> rawSerde.read("[1,2,3]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventDeserializationException.class)
                .extracting(e -> ((EventDeserializationException) e).reason())
                .isEqualTo(EventDeserializationException.Reason.WRONG_SHAPE);
        assertThatThrownBy(() -> rawSerde.read("{\"schemaVersion\":1,\"title\":\"no id, no url\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventDeserializationException.class)
                .hasMessageContaining("wrong shape");
        assertThatThrownBy(() -> rawSerde.read("{\"id\":\"x\",\"url\":\"u\",\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventDeserializationException.class)
                .hasMessageContaining("schemaVersion");
    }

    @Test
    void aSchemaVersionFromTheFutureIsRefusedWithItsReason() {
        String json = new String(rawSerde.serializer().serialize("t", sample()), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":99");
        assertThatThrownBy(() -> rawSerde.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventDeserializationException.class)
                .hasMessageContaining("schemaVersion 99")
                .extracting(e -> ((EventDeserializationException) e).reason())
                .isEqualTo(EventDeserializationException.Reason.UNSUPPORTED_VERSION);
    }

    @Test
    void aTombstoneIsNull() {
        assertThat(rawSerde.deserializer().deserialize("t", null)).isNull();
        assertThat(rawSerde.serializer().serialize("t", null)).isNull();
    }
}
