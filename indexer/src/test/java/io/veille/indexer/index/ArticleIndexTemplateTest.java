package io.veille.indexer.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleIndexTemplateTest {

    @Test
    void theMappingIsStrictSoOddFieldsAreRefusedNotGuessed() {
        JsonNode mappings = ArticleIndexTemplate.of(1, 0, false).mappings();
        assertThat(mappings.get("dynamic").asText()).isEqualTo("strict");
    }

    @Test
    void languageSubfieldsAreAddedOnlyWhenTheClusterHasTheAnalyzers() {
        JsonNode without = ArticleIndexTemplate.of(1, 0, false).mappings().at("/properties/title");
        JsonNode with = ArticleIndexTemplate.of(1, 0, true).mappings().at("/properties/title");
        assertThat(without.has("fields")).isFalse();
        assertThat(with.at("/fields/fr/analyzer").asText()).isEqualTo("french");
        assertThat(with.at("/fields/en/analyzer").asText()).isEqualTo("english");
        for (String field : ArticleIndexTemplate.LANGUAGE_FIELDS) {
            assertThat(ArticleIndexTemplate.of(1, 0, true).mappings().at("/properties/" + field + "/fields/fr").isMissingNode())
                    .as(field).isFalse();
        }
    }

    @Test
    void eventsAndTopicScoresAreNestedAndTopicsAreKeywords() {
        JsonNode properties = ArticleIndexTemplate.of(1, 0, false).mappings().get("properties");
        assertThat(properties.at("/events/type").asText()).isEqualTo("nested");
        assertThat(properties.at("/topicScores/type").asText()).isEqualTo("nested");
        assertThat(properties.at("/topics/type").asText()).isEqualTo("keyword");
        assertThat(properties.at("/titleSuggest/type").asText()).isEqualTo("completion");
    }

    @Test
    void theTemplateMatchesEveryVersionOfTheAliasWithTheConfiguredShards() throws Exception {
        JsonNode template = new ObjectMapper().readTree(ArticleIndexTemplate.of(2, 1, false).templateJson("veille-articles"));
        assertThat(template.at("/index_patterns/0").asText()).isEqualTo("veille-articles-v*");
        assertThat(template.at("/template/settings/number_of_shards").asInt()).isEqualTo(2);
        assertThat(template.at("/template/settings/number_of_replicas").asInt()).isEqualTo(1);
        assertThat(template.has("_comment")).isFalse();
        assertThat(template.at("/template/_comment").isMissingNode()).isTrue();
    }

    @Test
    void refusesImpossibleShardCounts() {
        assertThatThrownBy(() -> ArticleIndexTemplate.of(0, 0, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
