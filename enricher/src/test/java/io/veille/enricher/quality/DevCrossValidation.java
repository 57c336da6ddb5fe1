package io.veille.enricher.quality;

import io.veille.common.event.TopicScore;
import io.veille.enricher.devset.DevArticle;
import io.veille.enricher.devset.DevSet;
import io.veille.enricher.tagging.TermAnalyzers;
import io.veille.enricher.tagging.TopicModel;
import io.veille.enricher.tagging.TopicTagger;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import io.veille.enricher.train.TopicModelTrainer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An honest estimate of tagging quality that uses the {@code dev} split only: 5-fold cross-validation,
 * where each fifth of the dev articles is tagged by the rules plus a model trained on the other four
 * fifths (the bundled model has seen every dev article, so {@link TaggingQualityTest}'s dev figures
 * flatter it); with {@code --by-batch}, one batch of the set at a time ({@link Folds#byBatch}). Prints the
 * per-topic table and, with {@code --misses}, the disagreements. The held-out split is never read.
 * Run with {@code main}, after {@code mvn -pl enricher test-compile}.
 */
public final class DevCrossValidation {
    static final int FOLDS = 5;

    private DevCrossValidation() {
    }

    public static void main(String[] args) {
        Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        List<String> topics = taxonomy.topicIds();
        List<DevArticle> dev = DevSet.all().stream()
                .filter(a -> !a.heldOut() && a.topics() != null)
                .toList();
        TermAnalyzers analyzers = new TermAnalyzers();
        Scores scores = new Scores(topics);
        Scores rulesOnly = new Scores(topics);
        StringBuilder misses = new StringBuilder();
        // topic → {missed with no term matched, missed with terms below the threshold}
        int[][] lost = new int[topics.size()][2];
        TopicTagger rules = new TopicTagger(taxonomy, analyzers);
        Folds folds = List.of(args).contains("--by-batch") ? Folds.byBatch(dev) : Folds.interleaved(dev, FOLDS);
        for (int fold = 0; fold < folds.count(); fold++) {
            List<DevArticle> training = new ArrayList<>();
            List<DevArticle> testing = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) {
                (folds.of()[i] == fold ? testing : training).add(dev.get(i));
            }
            TopicModel model = TopicModelTrainer.train(training, topics);
            TopicTagger tagger = new TopicTagger(taxonomy, analyzers, model, TopicTagger.DEFAULT_MODEL_WEIGHT,
                    TopicTagger.DEFAULT_THRESHOLD_SCALE);
            for (DevArticle a : testing) {
                Set<String> expected = new HashSet<>(a.topics());
                List<TopicScore> got = tagger.tag(a.title(), a.text(), a.lang());
                TopicTagger.Evidence evidence = tagger.evidence(a.title(), a.text(), a.lang());
                Set<String> predicted = got.stream().map(TopicScore::id).collect(Collectors.toSet());
                scores.add(expected, predicted);
                for (int t = 0; t < topics.size(); t++) {
                    if (expected.contains(topics.get(t)) && !predicted.contains(topics.get(t))) {
                        lost[t][evidence.anyTermMatched(t) ? 1 : 0]++;
                    }
                }
                rulesOnly.add(expected, rules.tag(a.title(), a.text(), a.lang()).stream()
                        .map(TopicScore::id).collect(Collectors.toSet()));
                if (!expected.equals(predicted)) {
                    misses.append(String.format("  %s expected %s got %s%n", a.id(), expected, got));
                }
            }
        }
        System.out.println(rulesOnly.table("dev split, rules alone"));
        System.out.println(scores.table("dev split, " + folds.name() + " cross-validation of rules + model"));
        System.out.printf("%nwhere recall is lost (missed labels, cross-validated):%n%-22s %14s %16s%n",
                "topic", "no term matched", "below threshold");
        int none = 0, below = 0;
        for (int t = 0; t < topics.size(); t++) {
            System.out.printf("%-22s %14d %16d%n", topics.get(t), lost[t][0], lost[t][1]);
            none += lost[t][0];
            below += lost[t][1];
        }
        System.out.printf("%-22s %14d %16d%n", "all", none, below);
        if (List.of(args).contains("--misses")) {
            System.out.println("disagreements:\n" + misses);
        }
    }
}
