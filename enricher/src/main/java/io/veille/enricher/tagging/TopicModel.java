package io.veille.enricher.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small linear model per topic (logistic regression over the presence of analyzed words), trained at
 * build time on the {@code dev} part of the development set, that helps the taxonomy's rules on articles
 * whose evidence falls just short of a threshold. The rules stay the explanation: the model only moves a
 * score, and never tags an article in which no term of the topic matched.
 *
 * <p>Features are {@code language:token}, where {@code language} is the analysis chain ({@code en} for every
 * article, {@code fr} as well for French ones) and the token is as {@link TermAnalyzers} produces it.
 * File format: one {@code topic<TAB>feature<TAB>weight} line per weight; the feature {@code _bias} is the
 * intercept.
 */
public final class TopicModel {
    /** The bundled model's classpath resource, written by the build. */
    public static final String DEFAULT_RESOURCE = "/taxonomy/default-model.tsv";
    static final String BIAS = "_bias";

    /** topic → feature → weight. */
    private final Map<String, Map<String, Double>> weights;

    public TopicModel(Map<String, Map<String, Double>> weights) {
        this.weights = weights;
    }

    /** The model bundled with Veille, or null when the build did not produce one (then rules alone tag). */
    public static TopicModel loadDefault() {
        try (InputStream in = TopicModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TopicModel read(InputStream in) throws IOException {
        Map<String, Map<String, Double>> weights = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 3) {
                throw new IOException("bad topic model line: " + line);
            }
            weights.computeIfAbsent(parts[0], k -> new HashMap<>()).put(parts[1], Double.parseDouble(parts[2]));
        }
        return new TopicModel(weights);
    }

    public void write(Writer out, String comment) throws IOException {
        out.write("# " + comment + "\n");
        for (Map.Entry<String, Map<String, Double>> topic : new TreeMap<>(weights).entrySet()) {
            for (Map.Entry<String, Double> w : new TreeMap<>(topic.getValue()).entrySet()) {
                out.write(topic.getKey() + "\t" + w.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", w.getValue()) + "\n");
            }
        }
    }

    /** topic → feature → weight, read-only use. */
    Map<String, Map<String, Double>> weights() {
        return weights;
    }

    /** The feature name of a token of a language chain. */
    public static String feature(String language, String token) {
        return language + ":" + token;
    }
}
