package io.veille.enricher.tagging;

import io.veille.common.event.TopicScore;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import io.veille.enricher.taxonomy.TopicRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTaggerTest {
    private static final TopicTagger DEFAULT = new TopicTagger(TaxonomyLoader.loadDefault());

    private static TopicTagger tagger(TopicRule... rules) {
        return new TopicTagger(new Taxonomy("test-1", List.of(rules)));
    }

    private static TopicRule sovereignty() {
        return new TopicRule("digital-sovereignty", "Sovereignty", 2.0, 2.0, Map.of(
                "fr", Map.of("souveraineté numérique", 2.0),
                "en", Map.of("digital sovereignty", 2.0, "sovereign cloud", 2.0)));
    }

    @Test
    void everyFormOfSovereigntyCountsForTheTopic() {
        TopicTagger tagger = tagger(sovereignty());
        assertThat(ids(tagger.tag(null, "Le débat sur la souveraineté numérique reprend.", "fr"))).containsExactly("digital-sovereignty");
        assertThat(ids(tagger.tag(null, "Les souverainetés numériques de l'Europe.", "fr"))).containsExactly("digital-sovereignty");
        assertThat(ids(tagger.tag(null, "A new sovereign cloud opens in Germany.", "en"))).containsExactly("digital-sovereignty");
        assertThat(ids(tagger.tag(null, "Europe talks about digital sovereignty again.", "en"))).containsExactly("digital-sovereignty");
    }

    @Test
    void theBundledTaxonomyUnderstandsSovereigntyInBothLanguages() {
        assertThat(ids(DEFAULT.tag("La souveraineté numérique au cœur du débat",
                "Les administrations veulent réduire leur dépendance aux fournisseurs américains.", "fr")))
                .contains("digital-sovereignty");
        assertThat(ids(DEFAULT.tag("Why Europe wants a sovereign cloud",
                "Buyers worry about the CLOUD Act and foreign law reaching their data.", "en")))
                .contains("digital-sovereignty");
    }

    @Test
    void anArticleGetsEveryTopicItHasEnoughEvidenceFor() {
        List<TopicScore> topics = DEFAULT.tag("Une faille critique dans Kubernetes",
                "Une vulnérabilité permet à un attaquant de sortir d'un conteneur et de prendre la main sur le cluster Kubernetes. "
                        + "Les mainteneurs du projet open source ont publié un correctif.", "fr");
        assertThat(ids(topics)).contains("security", "cloud-native", "open-source");
    }

    @Test
    void eachTopicSaysWhichTermsMatched() {
        TopicScore topic = tagger(sovereignty()).tag(null, "La souveraineté numérique et le sovereign cloud.", "fr").get(0);
        assertThat(topic.matched()).containsExactlyInAnyOrder("souveraineté numérique", "sovereign cloud");
        assertThat(topic.score()).isEqualTo(4.0);
    }

    @Test
    void aTermInTheTitleCountsMoreThanInTheBody() {
        TopicRule rule = new TopicRule("ai", "AI", 2.5, 2.0, Map.of("en", Map.of("machine learning", 1.5)));
        assertThat(tagger(rule).tag(null, "A note on machine learning.", "en")).isEmpty();
        assertThat(ids(tagger(rule).tag("Machine learning", "A note.", "en"))).containsExactly("ai");
    }

    @Test
    void repeatedMentionsAddUpButLessAndLess() {
        TopicRule rule = new TopicRule("ai", "AI", 0.1, 2.0, Map.of("en", Map.of("neural network", 1.0)));
        double once = tagger(rule).tag(null, "a neural network", "en").get(0).score();
        double twice = tagger(rule).tag(null, "a neural network, another neural network", "en").get(0).score();
        double four = tagger(rule).tag(null, "neural network neural network neural network neural network", "en").get(0).score();
        assertThat(twice).isGreaterThan(once);
        assertThat(four - twice).isLessThanOrEqualTo(twice - once + 0.02);
    }

    @Test
    void aTopicBelowItsThresholdIsNotTagged() {
        TopicRule rule = new TopicRule("privacy", "Privacy", 3.0, 1.0, Map.of("en", Map.of("cookies", 1.5)));
        assertThat(tagger(rule).tag(null, "We baked cookies.", "en")).isEmpty();
    }

    @Test
    void aNegativeWeightIsEvidenceAgainstATopic() {
        TopicRule rule = new TopicRule("security", "Security", 2.0, 1.0,
                Map.of("en", Map.of("attack", 2.0, "heart attack", -2.0)));
        assertThat(tagger(rule).tag(null, "A heart attack on stage.", "en")).isEmpty();
        assertThat(ids(tagger(rule).tag(null, "An attack on the servers.", "en"))).containsExactly("security");
    }

    @Test
    void frenchTermsAreNotLookedForInEnglishArticles() {
        TopicRule rule = new TopicRule("t", "T", 1.0, 1.0, Map.of("fr", Map.of("cloud", 2.0)));
        assertThat(tagger(rule).tag(null, "A cloud.", "en")).isEmpty();
        assertThat(ids(tagger(rule).tag(null, "Un cloud.", "fr"))).containsExactly("t");
    }

    @Test
    void englishTermsAreFoundInFrenchArticles() {
        TopicRule rule = new TopicRule("t", "T", 1.0, 1.0, Map.of("en", Map.of("platform engineering", 2.0)));
        assertThat(ids(tagger(rule).tag(null, "Le platform engineering s'impose.", "fr"))).containsExactly("t");
    }

    @Test
    void anArticleAboutNoneOfOurTopicsGetsNone() {
        assertThat(DEFAULT.tag("Test du nouveau casque audio",
                "Le son est riche, la réduction de bruit efficace et l'autonomie atteint trente heures.", "fr")).isEmpty();
    }

    private static List<String> ids(List<TopicScore> topics) {
        return topics.stream().map(TopicScore::id).toList();
    }

    @Test
    void aWordListedInFrenchAndInEnglishCountsOnceInAFrenchArticle() {
        TopicTagger tagger = tagger(new TopicRule("policy-regulation", "Policy", 2.0, 1.5, Map.of(
                "fr", Map.of("directive", 1.5),
                "en", Map.of("directive", 1.5))));
        List<TopicScore> topics = tagger.tag(null, "La directive est transposée.", "fr");
        assertThat(topics).isEmpty(); // 1.5 once, below the threshold of 2.0
    }

    @Test
    void aConfigurationFileDirectiveIsNoRegulation() {
        assertThat(ids(DEFAULT.tag("Astuce : découper son fichier de configuration SSH avec Include",
                "Si votre fichier de configuration SSH est trop long, la directive Include permet de le découper "
                        + "en plusieurs fichiers, un par client. Une ligne en haut du fichier principal suffit.", "fr")))
                .doesNotContain("policy-regulation");
    }
}
