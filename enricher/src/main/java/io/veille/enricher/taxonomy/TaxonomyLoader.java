package io.veille.enricher.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a taxonomy from YAML. The file format (see {@code taxonomy/default.yaml} and
 * {@code docs/enricher.md}):
 *
 * <pre>
 * version: "2026.03-1"
 * defaults: { threshold: 2.0, title-boost: 1.5 }
 * topics:
 *   - id: open-source
 *     label: Open source
 *     threshold: 2.0          # optional, else the default
 *     title-boost: 1.5        # optional, else the default
 *     terms:
 *       fr: { "logiciel libre": 2.0, "open source": 2.0 }
 *       en: { "open source": 2.0 }
 * </pre>
 *
 * Unknown keys are an error, so that a typo does not silently disable a topic.
 */
public final class TaxonomyLoader {
    /** The classpath resource of the taxonomy bundled with Veille. */
    public static final String DEFAULT_RESOURCE = "/taxonomy/default.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TaxonomyLoader() {
    }

    /** The taxonomy bundled with Veille. */
    public static Taxonomy loadDefault() {
        try (InputStream in = TaxonomyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new TaxonomyException("bundled taxonomy " + DEFAULT_RESOURCE + " is missing", null);
            }
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new TaxonomyException("cannot read bundled taxonomy: " + e.getMessage(), e);
        }
    }

    /** The taxonomy in a user's file. */
    public static Taxonomy load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new TaxonomyException("cannot read taxonomy " + file + ": " + e.getMessage(), e);
        }
    }

    /** The taxonomy in a YAML document received as text (from {@code veille.taxonomy}); {@code source} names it in errors. */
    public static Taxonomy parse(String yaml, String source) {
        try {
            return read(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source);
        } catch (IOException e) {
            throw new TaxonomyException("cannot read taxonomy " + source + ": " + e.getMessage(), e);
        }
    }

    static Taxonomy read(InputStream in, String source) throws IOException {
        FileModel model;
        try {
            model = YAML.readValue(in, FileModel.class);
        } catch (IOException e) {
            throw new TaxonomyException("taxonomy " + source + " is not valid: " + firstLine(e.getMessage()), e);
        }
        if (model == null || model.version == null || model.version.isBlank()) {
            throw new TaxonomyException("taxonomy " + source + " has no version", null);
        }
        if (model.topics == null || model.topics.isEmpty()) {
            throw new TaxonomyException("taxonomy " + source + " has no topics", null);
        }
        Defaults defaults = model.defaults != null ? model.defaults : new Defaults();
        List<TopicRule> topics = new ArrayList<>();
        try {
            for (TopicModel t : model.topics) {
                Map<String, Map<String, Double>> terms = new LinkedHashMap<>();
                if (t.terms != null) {
                    t.terms.forEach((lang, byTerm) -> terms.put(lang, byTerm == null ? Map.of() : new LinkedHashMap<>(byTerm)));
                }
                topics.add(new TopicRule(t.id, t.label != null ? t.label : t.id,
                        t.threshold != null ? t.threshold : defaults.threshold,
                        t.titleBoost != null ? t.titleBoost : defaults.titleBoost, terms));
            }
            return new Taxonomy(model.version, topics);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new TaxonomyException("taxonomy " + source + " is not valid: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static final class FileModel {
        public String version;
        public Defaults defaults;
        public List<TopicModel> topics;
    }

    static final class Defaults {
        public double threshold = 2.0;
        @JsonProperty("title-boost")
        public double titleBoost = 1.5;
    }

    static final class TopicModel {
        public String id;
        public String label;
        public Double threshold;
        @JsonProperty("title-boost")
        public Double titleBoost;
        public Map<String, Map<String, Double>> terms;
    }
}
