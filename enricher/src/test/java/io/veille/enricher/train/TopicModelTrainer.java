package io.veille.enricher.train;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.enricher.devset.DevArticle;
import io.veille.enricher.tagging.TermAnalyzers;
import io.veille.enricher.tagging.TopicModel;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Trains the bundled {@link TopicModel} at build time (Maven's {@code process-test-classes} phase) on the
 * articles of the development set whose split is {@code dev}: never on the held-out part.
 *
 * <p>One L2-regularized logistic regression per topic of the bundled taxonomy, over the presence of
 * analyzed words that occur in at least {@value #MIN_DOCS} training articles, fitted by deterministic
 * stochastic gradient descent. Arguments: the dev-set directory, the model file to write.
 */
public final class TopicModelTrainer {
    // chosen by TaggingGridSearch --by-batch --score y-en,y-fr,z-en,z-fr (docs/enricher.md)
    static final int MIN_DOCS = 3;
    static final int EPOCHS = 30;
    static final double LEARNING_RATE = 0.1;
    static final double L2 = 0.0005;
    static final double MIN_WEIGHT = 0.01;

    /**
     * The trainer's knobs.
     *
     * @param minDocs least number of training articles a word must occur in to be a feature
     * @param epochs  passes of stochastic gradient descent over the training articles
     * @param l2      L2 regularization strength (weight decay per update)
     */
    public record Settings(int minDocs, int epochs, double l2) {
        /** The settings the build trains the bundled model with. */
        public static final Settings DEFAULT = new Settings(MIN_DOCS, EPOCHS, L2);

        @Override
        public String toString() {
            return "minDocs=" + minDocs + " epochs=" + epochs + " l2=" + l2;
        }
    }

    private TopicModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path devset = Path.of(args[0]);
        Path output = Path.of(args[1]);
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<DevArticle> training = new ArrayList<>();
        try (Stream<Path> files = Files.list(devset)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        DevArticle a = json.readValue(line, DevArticle.class);
                        if ("dev".equals(a.split()) && a.topics() != null) {
                            training.add(a);
                        }
                    }
                }
            }
        }
        Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        TopicModel model = train(training, taxonomy.topicIds());
        Files.createDirectories(output.getParent());
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            model.write(out, "trained on " + training.size() + " dev-split articles of the development set, taxonomy "
                    + taxonomy.version() + "; do not edit: the build rewrites it");
        }
        System.out.println("[topic model] trained on " + training.size() + " dev-split articles, written to " + output);
    }

    static Set<String> features(TermAnalyzers analyzers, DevArticle a) {
        Set<String> features = new LinkedHashSet<>();
        for (String language : TermAnalyzers.chainsFor(a.lang())) {
            for (String text : new String[]{a.title(), a.text()}) {
                for (String token : analyzers.analyze(language, text)) {
                    features.add(TopicModel.feature(language, token));
                }
            }
        }
        return features;
    }

    public static TopicModel train(List<DevArticle> articles, List<String> topics) {
        return train(articles, topics, Settings.DEFAULT);
    }

    public static TopicModel train(List<DevArticle> articles, List<String> topics, Settings settings) {
        TermAnalyzers analyzers = new TermAnalyzers();
        List<Set<String>> docs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (DevArticle a : articles) {
            Set<String> f = features(analyzers, a);
            docs.add(f);
            f.forEach(x -> df.merge(x, 1, Integer::sum));
        }
        List<List<String>> kept = new ArrayList<>();
        for (Set<String> f : docs) {
            kept.add(f.stream().filter(x -> df.get(x) >= settings.minDocs()).toList());
        }
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (String topic : topics) {
            Map<String, Double> w = new HashMap<>();
            double bias = 0;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                order.add(i);
            }
            Random random = new Random(42);
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                Collections.shuffle(order, random);
                for (int i : order) {
                    double z = bias;
                    for (String x : kept.get(i)) {
                        z += w.getOrDefault(x, 0.0);
                    }
                    double p = 1 / (1 + Math.exp(-z));
                    double y = new HashSet<>(articles.get(i).topics()).contains(topic) ? 1 : 0;
                    double g = y - p;
                    bias += LEARNING_RATE * g;
                    for (String x : kept.get(i)) {
                        double old = w.getOrDefault(x, 0.0);
                        w.put(x, old + LEARNING_RATE * (g - settings.l2() * old));
                    }
                }
            }
            Map<String, Double> out = new HashMap<>();
            out.put("_bias", bias);
            w.forEach((x, v) -> {
                if (Math.abs(v) >= MIN_WEIGHT) {
                    out.put(x, v);
                }
            });
            weights.put(topic, out);
        }
        return new TopicModel(weights);
    }
}
