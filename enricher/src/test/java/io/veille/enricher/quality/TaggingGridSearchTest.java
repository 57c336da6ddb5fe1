package io.veille.enricher.quality;

import io.veille.enricher.devset.DevArticle;
import io.veille.enricher.tagging.TermAnalyzers;
import io.veille.enricher.tagging.TopicModel;
import io.veille.enricher.tagging.TopicTagger;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TopicRule;
import io.veille.enricher.train.TopicModelTrainer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TaggingGridSearchTest {
    private static final TopicModelTrainer.Settings SETTINGS = TopicModelTrainer.Settings.DEFAULT;

    private static TaggingGridSearch.Result result(int epochs, double modelWeight, int tp, int fp, int fn) {
        int[][] counts = new int[TaggingGridSearch.FOLDS][3];
        counts[0] = new int[]{tp, fp, fn};
        return new TaggingGridSearch.Result(new TopicModelTrainer.Settings(2, epochs, 0.01), 1.0, modelWeight, 1.0, counts);
    }

    @Test
    void theBestMicroF1ComesFirstAndAmongEqualsTheCheaperSetting() {
        List<TaggingGridSearch.Result> results = new ArrayList<>(List.of(
                result(120, 1.0, 90, 10, 10),
                result(30, 2.0, 90, 10, 10),
                result(30, 0.5, 90, 10, 10),
                result(30, 0.5, 80, 10, 10)));
        results.sort(TaggingGridSearch.PREFERENCE);
        assertThat(results).extracting(r -> r.trainer().epochs() + "/" + r.modelWeight())
                .containsExactly("30/0.5", "30/2.0", "120/1.0", "30/0.5");
        assertThat(results.get(3).microF1()).isLessThan(results.get(0).microF1());
    }

    @Test
    void withFreshFoldsASettingIsJudgedByTheWorseOfTheFreshAndTheOtherFolds() {
        boolean[] fresh = new boolean[TaggingGridSearch.FOLDS];
        fresh[0] = true;
        int[][] balancedCounts = new int[TaggingGridSearch.FOLDS][];
        int[][] lopsidedCounts = new int[TaggingGridSearch.FOLDS][];
        for (int k = 0; k < TaggingGridSearch.FOLDS; k++) {
            balancedCounts[k] = new int[]{85, 15, 15};
            lopsidedCounts[k] = k == 0 ? new int[]{60, 40, 40} : new int[]{95, 5, 5};
        }
        TaggingGridSearch.Result balanced = new TaggingGridSearch.Result(SETTINGS, 1.0, 1.0, 1.0, balancedCounts, fresh);
        TaggingGridSearch.Result lopsided = new TaggingGridSearch.Result(SETTINGS, 1.0, 1.0, 1.0, lopsidedCounts, fresh);
        // the lopsided setting has the better micro-F1 over all folds, but gives the fresh fold up
        assertThat(lopsided.microF1()).isGreaterThan(balanced.microF1());
        assertThat(balanced.objective()).isGreaterThan(lopsided.objective());
        assertThat(lopsided.objective()).isEqualTo(TaggingGridSearch.f1(new int[]{60, 40, 40}));
        // without fresh folds, the objective is the micro-F1
        assertThat(new TaggingGridSearch.Result(SETTINGS, 1.0, 1.0, 1.0, lopsidedCounts).objective())
                .isEqualTo(lopsided.microF1());
    }

    @Test
    void aThresholdScaleAndAModelWeightAreAppliedToTheSameEvidence() {
        Taxonomy taxonomy = new Taxonomy("t-1", List.of(
                new TopicRule("open-source", "Open source", 2.0, 1.0, Map.of("en", Map.of("linux", 1.0)))));
        List<DevArticle> dev = new ArrayList<>();
        for (int i = 0; i < TaggingGridSearch.FOLDS; i++) {
            dev.add(new DevArticle("a" + i, "dev", "en", null, "Linux news.", null, List.of("open-source"), false, List.of()));
        }
        TopicTagger tagger = new TopicTagger(taxonomy, new TermAnalyzers(), new TopicModel(Map.of()), 0);
        TopicTagger.Evidence[] evidence = dev.stream().map(a -> tagger.evidence(a.title(), a.text(), a.lang()))
                .toArray(TopicTagger.Evidence[]::new);
        // one term of weight 1.0: below the threshold of 2.0, above it once the threshold is halved
        assertThat(total(TaggingGridSearch.counts(dev, Folds.interleaved(dev, TaggingGridSearch.FOLDS), taxonomy, evidence, 1.0, 1.0))).containsExactly(0, 0, 5);
        assertThat(total(TaggingGridSearch.counts(dev, Folds.interleaved(dev, TaggingGridSearch.FOLDS), taxonomy, evidence, 1.0, 0.5))).containsExactly(5, 0, 0);
    }

    private static int[] total(int[][] counts) {
        int[] t = new int[3];
        for (int[] c : counts) {
            for (int k = 0; k < 3; k++) {
                t[k] += c[k];
            }
        }
        return t;
    }
}
