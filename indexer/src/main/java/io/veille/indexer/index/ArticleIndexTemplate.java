package io.veille.indexer.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The index template of Veille's article indices, read from {@code articles-index.json} beside this class
 * (the one place the mapping is written), with the cluster-dependent parts filled in: shard and replica
 * counts, and {@code fr}/{@code en} subfields on the searchable text fields when the cluster has the
 * {@code french} and {@code english} analyzers.
 *
 * <p>The mapping is strict: a document carrying a field it does not list is rejected, never guessed.
 */
public final class ArticleIndexTemplate {
    /** Bumped whenever {@code articles-index.json} changes; stored as the template's version. */
    public static final int TEMPLATE_VERSION = 1;
    /** The fields that get language subfields when the cluster has the analyzers. */
    public static final List<String> LANGUAGE_FIELDS = List.of("title", "text", "summary");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode body;

    private ArticleIndexTemplate(ObjectNode body) {
        this.body = body;
    }

    /**
     * @param shards            primary shards of each index
     * @param replicas          replicas of each shard
     * @param languageAnalyzers whether to add {@code fr} and {@code en} subfields
     */
    public static ArticleIndexTemplate of(int shards, int replicas, boolean languageAnalyzers) {
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("shards must be >= 1 and replicas >= 0");
        }
        ObjectNode body = load();
        body.remove("_comment");
        ObjectNode settings = (ObjectNode) body.get("settings");
        settings.put("number_of_shards", shards);
        settings.put("number_of_replicas", replicas);
        if (languageAnalyzers) {
            ObjectNode properties = (ObjectNode) body.at("/mappings/properties");
            for (String field : LANGUAGE_FIELDS) {
                ObjectNode subfields = ((ObjectNode) properties.get(field)).putObject("fields");
                subfields.putObject("fr").put("type", "text").put("analyzer", "french");
                subfields.putObject("en").put("type", "text").put("analyzer", "english");
            }
        }
        return new ArticleIndexTemplate(body);
    }

    /** {@code settings} and {@code mappings}, as a create-index request body. */
    public ObjectNode indexBody() {
        return body.deepCopy();
    }

    public JsonNode mappings() {
        return body.get("mappings").deepCopy();
    }

    /** The composable index template matching {@code <alias>-v*}, as a put-template request body. */
    public String templateJson(String alias) {
        ObjectNode template = JSON.createObjectNode();
        template.putArray("index_patterns").add(IndexNames.pattern(alias));
        template.put("priority", 200);
        template.put("version", TEMPLATE_VERSION);
        template.set("template", indexBody());
        template.putObject("_meta").put("description", "Veille articles; mapping in indexer/src/main/resources/io/veille/indexer/index/articles-index.json");
        return template.toString();
    }

    private static ObjectNode load() {
        try (InputStream in = ArticleIndexTemplate.class.getResourceAsStream("articles-index.json")) {
            if (in == null) {
                throw new IllegalStateException("articles-index.json is missing from the indexer's resources");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read articles-index.json", e);
        }
    }
}
