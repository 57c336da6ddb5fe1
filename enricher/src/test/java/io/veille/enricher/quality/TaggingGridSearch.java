package io.veille.enricher.quality;

import io.veille.enricher.devset.DevArticle;
import io.veille.enricher.devset.DevSet;
import io.veille.enricher.tagging.TermAnalyzers;
import io.veille.enricher.tagging.TopicModel;
import io.veille.enricher.tagging.TopicTagger;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import io.veille.enricher.taxonomy.TopicRule;
import io.veille.enricher.train.TopicModelTrainer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the tagging knobs by cross-validation on the {@code dev} split only (the held-out split is never
 * read): the trainer's settings ({@link TopicModelTrainer.Settings}: least document frequency of a feature,
 * epochs, L2), a scale applied to every topic's title boost, the share of the model's log-odds added to a
 * topic's score, and a scale applied to every topic's threshold.
 *
 * <p>For each trainer setting, each of {@value DevCrossValidation#FOLDS} interleaved folds of the dev split (or, with
 * {@code --by-batch}, each batch of it: {@link Folds#byBatch}) is tagged by
 * the rules plus a model trained on the other folds, and the {@link TopicTagger.Evidence} of every article
 * is kept (for each title-boost scale); every (model weight, threshold scale) pair is then scored on that evidence, by micro-F1 over the
 * whole dev split. Prints the best settings, the current default's figure and, so that the winner's figure
 * is not read as an unbiased estimate, a nested estimate: each fold tagged with the setting that is best on
 * the other folds. Run with {@code main}, after {@code mvn -pl enricher test-compile}.
 *
 * <p>{@code --fresh b1,b2,...} (with {@code --by-batch}) names the batches the taxonomy's terms were never
 * tuned on: the rules fit the batches they were written against better than any new text, and the fresh ones
 * are written by other hands. A setting is then judged by the worse of its micro-F1 on the fresh batches and
 * on the others ({@link Result#objective}). {@code --default-trainer} tries the trainer's default settings only.
 */
public final class TaggingGridSearch {
    static final int FOLDS = DevCrossValidation.FOLDS;
    /** 1 was tried: it more than doubles the model's vocabulary (3,026 → 6,827 features) and slowed the tagger
     * by 15–25 % for a cross-validated micro-F1 within a label of the others' (0.8909 against 0.8897). */
    static final int[] MIN_DOCS = {2, 3};
    static final int[] EPOCHS = {30, 60, 120};
    static final double[] L2 = {0.0005, 0.002, 0.01, 0.03};
    static final double[] MODEL_WEIGHTS = {0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 12};
    static final double[] THRESHOLD_SCALES = {0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.85, 2.0};
    /** Scales of every topic's title boost (the taxonomy's default is 1.25). */
    static final double[] TITLE_BOOST_SCALES = {0.5, 0.8, 1.0, 1.2, 1.5, 2.0};

    /**
     * Best cross-validated objective ({@link Result#objective}) first; among equals, the cheaper and the closer to the rules: fewer
     * epochs, then a smaller model weight, then a threshold scale closer to 1, then more regularization.
     */
    static final Comparator<Result> PREFERENCE = Comparator.<Result>comparingDouble(r -> -r.objective())
            .thenComparingInt(r -> r.trainer().epochs())
            .thenComparingDouble(Result::modelWeight)
            .thenComparingDouble(r -> Math.abs(r.thresholdScale() - 1))
            .thenComparingDouble(r -> Math.abs(r.titleBoostScale() - 1))
            .thenComparingDouble(r -> -r.trainer().l2())
            .thenComparingInt(r -> -r.trainer().minDocs());

    private TaggingGridSearch() {
    }

    /**
     * One point of the grid and its cross-validated counts, per fold: {tp, fp, fn}. {@code fresh} marks the
     * folds (batches) the taxonomy's terms were never tuned on, or is null: with it, the point is judged by
     * the worse of its micro-F1 on the fresh folds and on the others, so that neither kind of text is given
     * up for the other.
     */
    record Result(TopicModelTrainer.Settings trainer, double titleBoostScale, double modelWeight, double thresholdScale,
                  int[][] counts, boolean[] fresh) {
        Result(TopicModelTrainer.Settings trainer, double titleBoostScale, double modelWeight, double thresholdScale,
               int[][] counts) {
            this(trainer, titleBoostScale, modelWeight, thresholdScale, counts, null);
        }

        int[] total() {
            return sum(-1, null);
        }

        /** The counts summed over the folds other than {@code skip} whose freshness is {@code freshOnes} (null: any). */
        private int[] sum(int skip, Boolean freshOnes) {
            int[] t = new int[3];
            for (int f = 0; f < counts.length; f++) {
                if (f != skip && (freshOnes == null || fresh[f] == freshOnes)) {
                    for (int k = 0; k < 3; k++) {
                        t[k] += counts[f][k];
                    }
                }
            }
            return t;
        }

        double microF1() {
            return f1(total());
        }

        /** What the search maximizes: micro-F1, or the worse of the fresh and the other folds' micro-F1. */
        double objective() {
            return objectiveWithout(-1);
        }

        /** The objective over every fold but {@code fold}. */
        double objectiveWithout(int fold) {
            return fresh == null ? f1(sum(fold, null)) : Math.min(f1(sum(fold, true)), f1(sum(fold, false)));
        }

        String describe() {
            int[] t = total();
            return String.format(Locale.ROOT, "%s titleBoost×%.2f modelWeight=%.2f thresholdScale=%.2f  tp=%d fp=%d fn=%d  P=%.3f R=%.3f F1=%.4f%s",
                    trainer, titleBoostScale, modelWeight, thresholdScale, t[0], t[1], t[2],
                    (double) t[0] / (t[0] + t[1]), (double) t[0] / (t[0] + t[2]), microF1(),
                    fresh == null ? "" : String.format(Locale.ROOT, "  fresh F1=%.4f others F1=%.4f",
                            f1(sum(-1, true)), f1(sum(-1, false))));
        }
    }

    static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    /** The dev split's labelled articles, in file order. */
    static List<DevArticle> devSplit() {
        return DevSet.all().stream().filter(a -> !a.heldOut() && a.topics() != null).toList();
    }

    /** Each dev article's evidence from a model trained on the other folds with {@code settings}. */
    static TopicTagger.Evidence[] crossValidatedEvidence(List<DevArticle> dev, Taxonomy taxonomy, TermAnalyzers analyzers,
                                                         TopicModelTrainer.Settings settings) {
        return crossValidatedEvidence(dev, Folds.interleaved(dev, FOLDS), List.of(taxonomy), analyzers, settings)[0];
    }

    /** The same, for several variants of one taxonomy (same topics), with the same models. */
    static TopicTagger.Evidence[][] crossValidatedEvidence(List<DevArticle> dev, Folds folds, List<Taxonomy> variants,
                                                           TermAnalyzers analyzers, TopicModelTrainer.Settings settings) {
        Taxonomy taxonomy = variants.get(0);
        TopicTagger.Evidence[][] evidence = new TopicTagger.Evidence[variants.size()][dev.size()];
        for (int fold = 0; fold < folds.count(); fold++) {
            List<DevArticle> training = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) {
                if (folds.of()[i] != fold) {
                    training.add(dev.get(i));
                }
            }
            TopicModel model = TopicModelTrainer.train(training, taxonomy.topicIds(), settings);
            for (int v = 0; v < variants.size(); v++) {
                TopicTagger tagger = new TopicTagger(variants.get(v), analyzers, model, 0);
                for (int i = 0; i < dev.size(); i++) {
                    if (folds.of()[i] == fold) {
                        DevArticle a = dev.get(i);
                        evidence[v][i] = tagger.evidence(a.title(), a.text(), a.lang());
                    }
                }
            }
        }
        return evidence;
    }

    /** Per fold {tp, fp, fn} of tagging every article from its evidence with these knobs. */
    static int[][] counts(List<DevArticle> dev, Folds folds, Taxonomy taxonomy, TopicTagger.Evidence[] evidence,
                          double modelWeight, double thresholdScale) {
        List<String> topics = taxonomy.topicIds();
        int[][] counts = new int[folds.count()][3];
        for (int i = 0; i < dev.size(); i++) {
            Set<String> expected = new HashSet<>(dev.get(i).topics());
            for (int t = 0; t < topics.size(); t++) {
                boolean p = evidence[i].tags(t, modelWeight, taxonomy.topics().get(t).threshold() * thresholdScale);
                boolean e = expected.contains(topics.get(t));
                if (p && e) {
                    counts[folds.of()[i]][0]++;
                } else if (p) {
                    counts[folds.of()[i]][1]++;
                } else if (e) {
                    counts[folds.of()[i]][2]++;
                }
            }
        }
        return counts;
    }

    static Taxonomy withTitleBoostScaled(Taxonomy taxonomy, double scale) {
        return new Taxonomy(taxonomy.version(), taxonomy.topics().stream()
                .map(t -> new TopicRule(t.id(), t.label(), t.threshold(), t.titleBoost() * scale, t.terms()))
                .toList());
    }

    /** {@code --by-batch}: hold out one batch of the set at a time ({@link Folds#byBatch}) instead of interleaved folds. */
    public static void main(String[] args) {
        Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        TermAnalyzers analyzers = new TermAnalyzers();
        List<DevArticle> dev = devSplit();
        Folds folds = List.of(args).contains("--by-batch") ? Folds.byBatch(dev) : Folds.interleaved(dev, FOLDS);
        int freshAt = List.of(args).indexOf("--fresh");
        Set<String> freshNames = freshAt < 0 ? Set.of() : Set.of(args[freshAt + 1].split(","));
        if (!folds.names().containsAll(freshNames)) {
            throw new IllegalArgumentException("--fresh names a fold that is not one of " + folds.names());
        }
        boolean[] fresh = freshAt < 0 ? null : new boolean[folds.count()];
        for (int k = 0; fresh != null && k < fresh.length; k++) {
            fresh[k] = freshNames.contains(folds.names().get(k));
        }
        List<TopicModelTrainer.Settings> trainers = new ArrayList<>();
        for (int minDocs : MIN_DOCS) {
            for (int epochs : EPOCHS) {
                for (double l2 : L2) {
                    trainers.add(new TopicModelTrainer.Settings(minDocs, epochs, l2));
                }
            }
        }
        if (List.of(args).contains("--default-trainer")) {
            trainers = List.of(TopicModelTrainer.Settings.DEFAULT);
        }
        List<Result> results = new ArrayList<>();
        List<Taxonomy> variants = Arrays.stream(TITLE_BOOST_SCALES).mapToObj(b -> withTitleBoostScaled(taxonomy, b)).toList();
        for (TopicModelTrainer.Settings settings : trainers) {
            TopicTagger.Evidence[][] evidence = crossValidatedEvidence(dev, folds, variants, analyzers, settings);
            for (int v = 0; v < variants.size(); v++) {
                for (double w : MODEL_WEIGHTS) {
                    for (double s : THRESHOLD_SCALES) {
                        results.add(new Result(settings, TITLE_BOOST_SCALES[v], w, s,
                                counts(dev, folds, taxonomy, evidence[v], w, s), fresh));
                    }
                }
            }
            System.err.println("[grid] " + settings + " done");
        }
        results.sort(PREFERENCE);
        System.out.println("== " + dev.size() + " dev-split articles, " + folds.name() + (fresh == null ? "" : ", judged by the worse of " + freshNames + " and the other batches") + ", "
                + results.size() + " settings; best first ==");
        results.stream().limit(25).forEach(r -> System.out.println(r.describe()));
        Result chosen = results.get(0);
        double[] perFold = Arrays.stream(chosen.counts()).mapToDouble(TaggingGridSearch::f1).toArray();
        double mean = Arrays.stream(perFold).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(perFold).map(f -> (f - mean) * (f - mean)).sum() / (perFold.length - 1));
        System.out.printf(Locale.ROOT, "chosen: %s%n  per-fold micro-F1 %s, standard error %.4f%n",
                chosen.describe(), Arrays.toString(Arrays.stream(perFold)
                        .map(f -> Math.round(f * 1000) / 1000.0).toArray()), sd / Math.sqrt(perFold.length));
        results.stream()
                .filter(r -> r.trainer().equals(TopicModelTrainer.Settings.DEFAULT)
                        && r.modelWeight() == TopicTagger.DEFAULT_MODEL_WEIGHT
                        && r.thresholdScale() == TopicTagger.DEFAULT_THRESHOLD_SCALE
                        && r.titleBoostScale() == 1.0)
                .forEach(r -> System.out.println("current default: " + r.describe()));
        results.stream()
                .filter(r -> r.modelWeight() == 0 && r.thresholdScale() == 1.0 && r.titleBoostScale() == 1.0).limit(1)
                .forEach(r -> System.out.println("rules alone:     " + r.describe()));
        // nested: fold k is scored with the setting that is best on the other folds
        int[] nested = new int[3];
        for (int fold = 0; fold < folds.count(); fold++) {
            final int k = fold;
            Result best = results.stream().min(Comparator.<Result>comparingDouble(r -> -r.objectiveWithout(k))
                    .thenComparing(PREFERENCE)).orElseThrow();
            for (int c = 0; c < 3; c++) {
                nested[c] += best.counts()[k][c];
            }
            System.out.println(folds.names().get(k) + " chooses " + best.describe());
        }
        System.out.printf(Locale.ROOT, "nested estimate of the grid search's micro-F1: %.4f (tp=%d fp=%d fn=%d)%n",
                f1(nested), nested[0], nested[1], nested[2]);
    }
}
