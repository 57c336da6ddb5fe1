package io.veille.enricher.tagging;

import io.veille.common.event.TopicScore;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TopicRule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TopicModelTest {
    private static final Taxonomy TAXONOMY = new Taxonomy("t-1", List.of(
            new TopicRule("open-source", "Open source", 2.0, 1.0, Map.of("en", Map.of("linux", 1.0)))));
    private static final TermAnalyzers ANALYZERS = new TermAnalyzers();

    private static TopicModel model(double hackathon) {
        return new TopicModel(Map.of("open-source", Map.of("_bias", -1.0,
                TopicModel.feature("en", ANALYZERS.analyze("en", "hackathon")[0]), hackathon)));
    }

    @Test
    void positiveModelEvidenceLiftsATopicWhoseTermsFellShort() {
        String text = "A Linux hackathon in Berlin.";
        assertThat(new TopicTagger(TAXONOMY, ANALYZERS).tag(null, text, "en")).isEmpty();
        List<TopicScore> topics = new TopicTagger(TAXONOMY, ANALYZERS, model(3.0), 1.0).tag(null, text, "en");
        assertThat(topics).extracting(TopicScore::id).containsExactly("open-source");
        assertThat(topics.get(0).matched()).containsExactly("linux");
    }

    @Test
    void withAModelEveryThresholdIsScaledButNotWithRulesAlone() {
        String text = "A Linux hackathon in Berlin.";   // rules 1.0 + 1.0 × log-odds 2.0 = 3.0
        assertThat(new TopicTagger(TAXONOMY, ANALYZERS, model(3.0), 1.0, 1.5).tag(null, text, "en")).hasSize(1);  // ≥ 3.0
        assertThat(new TopicTagger(TAXONOMY, ANALYZERS, model(3.0), 1.0, 1.6).tag(null, text, "en")).isEmpty();   // < 3.2
        String rulesOnly = "Linux and Linux again.";      // rules 1 + ln 2 ≈ 1.69 … below 2.0 either way
        String twice = "Linux on Linux, Linux at last."; // 1 + ln 3 ≈ 2.10: reaches the taxonomy's 2.0
        assertThat(new TopicTagger(TAXONOMY, ANALYZERS, null, 1.0, 1.6).tag(null, twice, "en")).hasSize(1);
        assertThat(new TopicTagger(TAXONOMY, ANALYZERS, null, 1.0, 1.6).tag(null, rulesOnly, "en")).isEmpty();
    }

    @Test
    void theModelNeverTagsAnArticleInWhichNoTermMatched() {
        assertThat(new TopicTagger(TAXONOMY, ANALYZERS, model(10.0), 1.0).tag(null, "A hackathon in Berlin.", "en")).isEmpty();
    }

    @Test
    void negativeModelEvidenceDoesNotRemoveATopicTheRulesFound() {
        String text = "Linux, Linux and Linux at the hackathon.";
        assertThat(new TopicTagger(TAXONOMY, ANALYZERS, model(-5.0), 1.0).tag(null, text, "en"))
                .extracting(TopicScore::id).containsExactly("open-source");
    }

    @Test
    void evidenceKeepsWhatFellShortSoThatOtherWeightsAndThresholdsCanBeTried() {
        TopicTagger tagger = new TopicTagger(TAXONOMY, ANALYZERS, model(3.0), 1.0);
        TopicTagger.Evidence evidence = tagger.evidence(null, "A Linux hackathon in Berlin.", "en");
        assertThat(evidence.ruleScore(0)).isEqualTo(1.0);
        assertThat(evidence.logit(0)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(evidence.anyTermMatched(0)).isTrue();
        assertThat(evidence.score(0, 0.5)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(evidence.tags(0, 0.0, 2.0)).isFalse();   // rules alone: 1.0 < 2.0
        assertThat(evidence.tags(0, 0.5, 2.0)).isTrue();    // 1.0 + 0.5 × 2.0
        assertThat(evidence.tags(0, 1.0, 3.5)).isFalse();   // a higher threshold
        assertThat(tagger.tag(null, "A Linux hackathon in Berlin.", "en")).extracting(TopicScore::score).containsExactly(3.0);
    }

    @Test
    void evidenceNeverTagsATopicWithoutAMatchedTerm() {
        TopicTagger.Evidence evidence = new TopicTagger(TAXONOMY, ANALYZERS, model(10.0), 1.0)
                .evidence(null, "A hackathon in Berlin.", "en");
        assertThat(evidence.anyTermMatched(0)).isFalse();
        assertThat(evidence.tags(0, 5.0, 0.5)).isFalse();
    }

    @Test
    void aModelSurvivesWritingAndReading() throws IOException {
        StringWriter out = new StringWriter();
        model(0.5).write(out, "test");
        TopicModel read = TopicModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(read.weights()).isEqualTo(model(0.5).weights());
    }

    @Test
    void theBuildBundlesAModelForTheBundledTaxonomy() {
        assertThat(TopicModel.loadDefault()).isNotNull();
        assertThat(TopicModel.loadDefault().weights()).containsKeys("open-source", "privacy");
    }
}
