package io.veille.indexer.index;

import com.fasterxml.jackson.databind.JsonNode;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.indexer.testing.Articles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDocumentTest {

    @Test
    void everyFieldOfTheDocumentIsInTheStrictMapping() {
        JsonNode properties = ArticleIndexTemplate.of(1, 0, false).mappings().get("properties");
        for (int n = 0; n < 10; n++) {
            Map<String, Object> source = ArticleDocument.of(Articles.article(n)).source();
            assertFieldsMapped(source, properties, "");
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertFieldsMapped(Map<String, Object> source, JsonNode properties, String path) {
        for (Map.Entry<String, Object> entry : source.entrySet()) {
            JsonNode field = properties.get(entry.getKey());
            assertThat(field).as("mapping of " + path + entry.getKey()).isNotNull();
            if (field.has("properties")) {
                Object value = entry.getValue();
                List<Object> items = value instanceof List<?> list ? (List<Object>) list : List.of(value);
                for (Object item : items) {
                    assertFieldsMapped((Map<String, Object>) item, field.get("properties"), path + entry.getKey() + ".");
                }
            }
        }
    }

    @Test
    void theDocumentIdIsTheArticleIdAndTheVersionItsLastModifiedTime() {
        EnrichedArticle article = Articles.article(3);
        ArticleDocument doc = ArticleDocument.of(article);
        assertThat(doc.id()).isEqualTo(article.id());
        assertThat(doc.version()).isEqualTo(article.article().lastModified().toEpochMilli());
        assertThat(doc.source()).containsEntry("version", doc.version());
    }

    @Test
    void anUpdatedArticleHasAHigherVersionThanItsFirstPublication() {
        EnrichedArticle first = Articles.article(4);
        EnrichedArticle revised = Articles.revised(first, "New title", first.article().publishedAt().plusSeconds(60));
        assertThat(ArticleDocument.versionOf(revised)).isGreaterThan(ArticleDocument.versionOf(first));
    }

    @Test
    void anArticleWithoutDatesIsVersionedByItsFetchTime() {
        Instant fetched = Instant.parse("2026-11-28T10:00:00Z");
        EnrichedArticle undated = new EnrichedArticle(1, RawArticleBuilder.article().url("https://example.org/a")
                .title("Undated").fetchedAt(fetched).dateMissing(true).build(), "en", 0.9, List.of(), List.of(), false,
                null, 1, null, null, null);
        assertThat(ArticleDocument.versionOf(undated)).isEqualTo(fetched.toEpochMilli());
    }

    @Test
    void topicsAreFlatForFacetsAndEventsCarryTheirDates() {
        Map<String, Object> source = ArticleDocument.of(Articles.article(10)).source();
        assertThat(source.get("topics")).isEqualTo(List.of("devops-events", "open-source"));
        @SuppressWarnings("unchecked")
        Map<String, Object> event = ((List<Map<String, Object>>) source.get("events")).get(0);
        assertThat(event).containsKeys("kind", "start", "end", "city");
        assertThat(event.get("kind")).isEqualTo("event");
    }

    @Test
    void titleSuggestionsLoseTheControlCharactersACompletionFieldRefuses() {
        assertThat(ArticleDocument.suggestInput("Release\u001F notes\u0000 2026")).isEqualTo("Release notes 2026");
    }
}
