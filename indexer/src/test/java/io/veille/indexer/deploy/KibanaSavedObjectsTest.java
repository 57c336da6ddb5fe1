package io.veille.indexer.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.common.config.VeilleConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Kibana runs here, so the saved objects under {@code deploy/kibana/} are checked against what they
 * depend on: the data view names the alias the indexer writes behind, its time field and every aggregated
 * field exist in the article mapping with an aggregatable type, and every reference resolves inside the file.
 */
class KibanaSavedObjectsTest {
    private static final Path FILE = Path.of("..", "deploy", "kibana", "veille-saved-objects.ndjson");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, JsonNode> objectsById = new HashMap<>();
    private static JsonNode mappingProperties;

    @BeforeAll
    static void load() throws IOException {
        for (String line : Files.readAllLines(FILE)) {
            if (!line.isBlank()) {
                JsonNode object = JSON.readTree(line);
                objectsById.put(object.path("id").asText(), object);
            }
        }
        try (InputStream mapping = KibanaSavedObjectsTest.class.getResourceAsStream("/io/veille/indexer/index/articles-index.json")) {
            mappingProperties = JSON.readTree(mapping).path("mappings").path("properties");
        }
    }

    @Test
    void theDataViewIsTheConfiguredAliasWithATimeFieldOfTheMapping() {
        List<JsonNode> dataViews = ofType("index-pattern");
        assertThat(dataViews).hasSize(1);
        JsonNode attributes = dataViews.get(0).path("attributes");
        assertThat(attributes.path("title").asText()).isEqualTo(VeilleConfig.load(null).string("elasticsearch.alias"));
        assertThat(fieldType(attributes.path("timeFieldName").asText())).isEqualTo("date");
    }

    @Test
    void everyAggregatedFieldIsAnAggregatableFieldOfTheMapping() throws IOException {
        List<String> fields = new ArrayList<>();
        for (JsonNode visualization : ofType("visualization")) {
            JsonNode visState = JSON.readTree(visualization.path("attributes").path("visState").asText());
            for (JsonNode aggregation : visState.path("aggs")) {
                JsonNode field = aggregation.path("params").path("field");
                if (!field.isMissingNode()) {
                    fields.add(field.asText());
                }
            }
        }
        assertThat(fields).contains("publishedAt", "topics", "source");
        assertThat(fields).allSatisfy(field -> assertThat(fieldType(field)).as(field).isIn("keyword", "date", "boolean", "integer", "long", "float"));
    }

    @Test
    void everyVisualizationReadsTheDataViewAndTheDashboardShowsEveryVisualization() throws IOException {
        String dataViewId = ofType("index-pattern").get(0).path("id").asText();
        Set<String> visualizations = new HashSet<>();
        for (JsonNode visualization : ofType("visualization")) {
            visualizations.add(visualization.path("id").asText());
            JsonNode searchSource = JSON.readTree(visualization.path("attributes").path("kibanaSavedObjectMeta").path("searchSourceJSON").asText());
            String refName = searchSource.path("indexRefName").asText();
            assertThat(referenceIds(visualization, refName)).containsExactly(dataViewId);
        }

        List<JsonNode> dashboards = ofType("dashboard");
        assertThat(dashboards).hasSize(1);
        JsonNode dashboard = dashboards.get(0);
        Set<String> shown = new HashSet<>();
        for (JsonNode panel : JSON.readTree(dashboard.path("attributes").path("panelsJSON").asText())) {
            List<String> ids = referenceIds(dashboard, panel.path("panelRefName").asText());
            assertThat(ids).hasSize(1);
            assertThat(objectsById).containsKey(ids.get(0));
            shown.add(ids.get(0));
        }
        assertThat(shown).isEqualTo(visualizations);
    }

    private static List<JsonNode> ofType(String type) {
        return objectsById.values().stream().filter(object -> type.equals(object.path("type").asText())).toList();
    }

    private static List<String> referenceIds(JsonNode object, String name) {
        List<String> ids = new ArrayList<>();
        for (JsonNode reference : object.path("references")) {
            if (reference.path("name").asText().equals(name)) {
                ids.add(reference.path("id").asText());
            }
        }
        return ids;
    }

    private static String fieldType(String dottedPath) {
        JsonNode node = mappingProperties;
        String[] parts = dottedPath.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            node = node.path(parts[i]);
            if (i < parts.length - 1) {
                node = node.path("properties");
            }
        }
        return node.path("type").asText("(absent)");
    }
}
