package io.veille.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import co.elastic.clients.json.JsonpUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleQueryBuilderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(SearchParams p) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(ArticleQueryBuilder.query(p), new co.elastic.clients.json.jackson.JacksonJsonpMapper()));
    }

    @Test
    void userTextTravelsOnlyAsTheTextOfASimpleQueryString() throws Exception {
        String hostile = "{\"script\":{\"source\":\"boom\"}} OR title:*";
        JsonNode query = json(SearchParams.all().withText(hostile));
        JsonNode sqs = query.at("/bool/must/0/simple_query_string");
        assertThat(sqs.get("query").asText()).isEqualTo(hostile);
        assertThat(sqs.get("fields").toString()).contains("title^3", "text");
        assertThat(query.findValues("script")).isEmpty();
    }

    @Test
    void filtersAreTermsAndRangesThatDoNotScore() throws Exception {
        SearchParams p = new SearchParams(null, List.of("ai"), List.of("fr"), List.of("Weekly Infra"), List.of("fr-tech"),
                Instant.parse("2026-11-01T00:00:00Z"), null, true, null, 10, null, null);
        JsonNode query = json(p);
        String filters = query.at("/bool/filter").toString();
        assertThat(filters).contains("\"topics\":[\"ai\"]", "\"language\":[\"fr\"]", "\"source\":[\"Weekly Infra\"]",
                "\"feedId\":[\"Weekly Infra\"]", "\"feedTags\":[\"fr-tech\"]", "\"publishedAt\"", "2026-11-01T00:00:00Z");
        assertThat(query.at("/bool/must_not/0/term/sponsored/value").asBoolean()).isTrue();
        assertThat(query.at("/bool/must").isMissingNode()).isTrue();
    }

    @Test
    void sortEndsWithTheIdSoThatPagesNeverOverlap() {
        assertThat(ArticleQueryBuilder.sort(SearchParams.all().withText("x"))).hasSize(3);
        assertThat(ArticleQueryBuilder.sort(SearchParams.all())).hasSize(2);
        assertThat(ArticleQueryBuilder.sort(SearchParams.all()).get(1).field().field()).isEqualTo("id");
    }
}
