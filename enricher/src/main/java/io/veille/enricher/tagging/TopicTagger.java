package io.veille.enricher.tagging;

import io.veille.common.event.TopicScore;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import io.veille.enricher.taxonomy.TopicRule;
import io.veille.enricher.text.Fold;
import org.apache.lucene.analysis.CharArrayMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags an article with every topic of a taxonomy whose evidence reaches the topic's threshold, and says
 * which terms were the evidence.
 *
 * <p>Terms and article go through the same {@link TermAnalyzers} chain, and a term matches where its
 * analyzed tokens appear consecutively in the article's. French terms are looked for in French articles
 * only; English terms in every article, because French tech writing is full of English words
 * (<i>open source</i>, <i>cloud native</i>, <i>DevOps</i>): in French articles through a plain chain (lower
 * case, accents folded, no stemming), which spares a second full English analysis. A term's contribution to its topic is
 * {@code weight × (titleBoost if it is in the title) + weight × (1 + ln n)} for its {@code n ≥ 1}
 * occurrences in the body, so that repetition counts, but less and less.
 *
 * <p>When a {@link TopicModel} is given, each modelled topic's score also gets {@code modelWeight ×} the
 * model's log-odds for the article when they are positive (the model believes the topic more likely than
 * not): the model can lift a topic whose terms fell short of the threshold, never lower one the rules
 * found (cross-validation on the dev split showed subtracting cost more recall than it saved precision).
 * A topic is never tagged unless at least one of its terms matched, so that every tag has an explanation.
 *
 * <p>Thread-safe, built once per taxonomy.
 */
public final class TopicTagger {
    private final Taxonomy taxonomy;
    private final TermAnalyzers analyzers;
    /** language → token → its number; the tokens of every term, numbered in order of first appearance. */
    private final Map<String, CharArrayMap<Integer>> vocabulary = new HashMap<>();
    /** language → first token's number → the terms that start with it (while building). */
    private final Map<String, Map<Integer, List<CompiledTerm>>> index = new HashMap<>();
    /** language → token number → the terms that start with it, or null (the index, as arrays, for speed). */
    private final Map<String, CompiledTerm[][]> startingWith = new HashMap<>();
    /** Numbers an article's words through its chains. */
    private final WordIds wordIds;

    /**
     * The share of the model's log-odds added to a topic's rule score, and the factor of every topic's
     * threshold when a model is used. Both chosen by cross-validation holding out whole batches of the dev
     * set, judged by the worse of the micro-F1 on the batches the taxonomy's terms were never tuned on and on
     * the others (docs/enricher.md): a heavier model and a higher bar than the rules alone would need.
     */
    public static final double DEFAULT_MODEL_WEIGHT = 2;
    public static final double DEFAULT_THRESHOLD_SCALE = 1.2;

    private final double modelWeight;
    /** Factor of every topic's threshold (1 with rules alone). */
    private final double thresholdScale;
    /** language → model weights by token number, then topic: {@code [token × topics + topic]} (0 when the topic has no model). */
    private final Map<String, double[]> modelWeights = new HashMap<>();
    /** language → token number → whether some topic's model weighs it. */
    private final Map<String, boolean[]> modelFeature = new HashMap<>();
    /** topic → model intercept (NaN when the topic has no model). */
    private final double[] modelBias;

    public TopicTagger(Taxonomy taxonomy, TermAnalyzers analyzers) {
        this(taxonomy, analyzers, null, 0);
    }

    /**
     * @param model       a linear model for some of the taxonomy's topics, or null for rules alone
     * @param modelWeight the share of the model's log-odds added to a topic's rule score
     */
    public TopicTagger(Taxonomy taxonomy, TermAnalyzers analyzers, TopicModel model, double modelWeight) {
        this(taxonomy, analyzers, model, modelWeight, 1);
    }

    /**
     * @param model          a linear model for some of the taxonomy's topics, or null for rules alone
     * @param modelWeight    the share of the model's log-odds added to a topic's rule score
     * @param thresholdScale the factor of every topic's threshold when {@code model} is not null
     */
    public TopicTagger(Taxonomy taxonomy, TermAnalyzers analyzers, TopicModel model, double modelWeight, double thresholdScale) {
        this.taxonomy = taxonomy;
        this.analyzers = analyzers;
        this.modelWeight = modelWeight;
        this.thresholdScale = model == null ? 1 : thresholdScale;
        List<TopicRule> topics = taxonomy.topics();
        for (int t = 0; t < topics.size(); t++) {
            for (Map.Entry<String, Map<String, Double>> byLanguage : topics.get(t).terms().entrySet()) {
              for (String language : TermAnalyzers.chainsForTerms(byLanguage.getKey())) {
                // two terms of a topic that analyze alike ("souverain", "souveraine") count once: the heavier
                Map<String, CompiledTerm> distinct = new LinkedHashMap<>();
                for (Map.Entry<String, Double> term : byLanguage.getValue().entrySet()) {
                    String[] tokens = analyzers.analyze(language, term.getKey());
                    if (tokens.length == 0) {
                        continue; // a term made only of stop words can never match
                    }
                    CompiledTerm compiled = new CompiledTerm(t, term.getKey(), term.getValue(), tokens);
                    distinct.merge(String.join(" ", tokens), compiled,
                            (a, b) -> Math.abs(b.weight) > Math.abs(a.weight) ? b : a);
                }
                CharArrayMap<Integer> words = vocabulary.computeIfAbsent(language, k -> new CharArrayMap<>(256, false));
                for (CompiledTerm compiled : distinct.values()) {
                    compiled.ids = new int[compiled.tokens.length];
                    for (int k = 0; k < compiled.tokens.length; k++) {
                        Integer id = words.get(compiled.tokens[k]);
                        if (id == null) {
                            id = words.size();
                            words.put(compiled.tokens[k], id);
                        }
                        compiled.ids[k] = id;
                    }
                    index.computeIfAbsent(language, k -> new HashMap<>())
                            .computeIfAbsent(compiled.ids[0], k -> new ArrayList<>())
                            .add(compiled);
                }
              }
            }
        }
        modelBias = new double[topics.size()];
        java.util.Arrays.fill(modelBias, Double.NaN);
        if (model != null) {
            compileModel(model, topics);
        }
        for (Map.Entry<String, Map<Integer, List<CompiledTerm>>> e : index.entrySet()) {
            CompiledTerm[][] byId = new CompiledTerm[vocabulary.get(e.getKey()).size()][];
            e.getValue().forEach((id, terms) -> byId[id] = terms.toArray(new CompiledTerm[0]));
            startingWith.put(e.getKey(), byId);
        }
        wordIds = new WordIds(analyzers, vocabulary);
    }

    private void compileModel(TopicModel model, List<TopicRule> topics) {
        Map<String, Map<String, Double>> weights = model.weights();
        for (String language : TermAnalyzers.CHAINS) {
            CharArrayMap<Integer> words = vocabulary.computeIfAbsent(language, k -> new CharArrayMap<>(256, false));
            for (Map<String, Double> byFeature : weights.values()) {
                for (String feature : byFeature.keySet()) {
                    if (feature.startsWith(language + ":")) {
                        String token = feature.substring(language.length() + 1);
                        if (words.get(token) == null) {
                            words.put(token, words.size());
                        }
                    }
                }
            }
        }
        for (int t = 0; t < topics.size(); t++) {
            Map<String, Double> byFeature = weights.get(topics.get(t).id());
            if (byFeature == null) {
                continue;
            }
            modelBias[t] = byFeature.getOrDefault(TopicModel.BIAS, 0.0);
            for (String language : TermAnalyzers.CHAINS) {
                CharArrayMap<Integer> words = vocabulary.get(language);
                double[] byToken = modelWeights.computeIfAbsent(language, k -> new double[words.size() * topics.size()]);
                boolean[] weighted = modelFeature.computeIfAbsent(language, k -> new boolean[words.size()]);
                for (Map.Entry<String, Double> w : byFeature.entrySet()) {
                    if (w.getKey().startsWith(language + ":")) {
                        int id = words.get(w.getKey().substring(language.length() + 1));
                        byToken[id * topics.size() + t] = w.getValue();
                        weighted[id] = true;
                    }
                }
            }
        }
    }

    /** A tagger with the bundled model when the taxonomy is the bundled one, else with rules alone. */
    public TopicTagger(Taxonomy taxonomy) {
        this(taxonomy, new TermAnalyzers(), bundledModelFor(taxonomy), DEFAULT_MODEL_WEIGHT, DEFAULT_THRESHOLD_SCALE);
    }

    private static TopicModel bundledModelFor(Taxonomy taxonomy) {
        // the model was trained against the bundled taxonomy's topics; a user's taxonomy is tagged by its rules
        return taxonomy.version().equals(TaxonomyLoader.loadDefault().version())
                ? TopicModel.loadDefault() : null;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * The topics of an article, best score first.
     *
     * @param title    the title (may be null)
     * @param text     the plain-text body (may be null)
     * @param language the article's language code; French terms are used only when it is {@code fr}
     */
    public List<TopicScore> tag(String title, String text, String language) {
        return select(evidence(title, text, language));
    }

    /**
     * What the rules and the model say of an article, before any threshold: per topic, the rules' score,
     * the model's log-odds and the matched terms. {@link #tag} is {@code select(evidence(…))}; tuning
     * (cross-validation) reads it to try other weights and thresholds without tagging again.
     */
    public Evidence evidence(String title, String text, String language) {
        Map<CompiledTerm, int[]> hits = new LinkedHashMap<>(); // term → {title hits, body hits}
        double[] logits = modelBias.clone();
        List<String> chains = TermAnalyzers.chainsFor(language);
        int[][] titleIdsByChain = wordIds.ids(Words.of(title), chains); // words cut once, for every chain
        int[][] textIdsByChain = wordIds.ids(Words.of(text), chains);
        for (int c = 0; c < chains.size(); c++) {
            String lang = chains.get(c);
            CompiledTerm[][] terms = startingWith.get(lang);
            if (terms == null) {
                continue;
            }
            int[] titleIds = titleIdsByChain[c];
            int[] textIds = textIdsByChain[c];
            count(titleIds, terms, hits, 0);
            count(textIds, terms, hits, 1);
            addModelEvidence(lang, titleIds, textIds, logits);
        }
        List<TopicRule> topics = taxonomy.topics();
        // per topic: term spelled the same (case and accents aside) → its strongest evidence
        List<Map<String, Map.Entry<String, Double>>> evidence = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            evidence.add(new LinkedHashMap<>());
        }
        for (Map.Entry<CompiledTerm, int[]> hit : hits.entrySet()) {
            CompiledTerm term = hit.getKey();
            TopicRule topic = topics.get(term.topic);
            int inTitle = hit.getValue()[0];
            int inBody = hit.getValue()[1];
            double contribution = (inTitle > 0 ? term.weight * topic.titleBoost() : 0)
                    + (inBody > 0 ? term.weight * (1 + Math.log(inBody)) : 0);
            // the same word listed in French and in English ("directive") is one piece of evidence, not two
            evidence.get(term.topic).merge(term.foldedLabel, Map.entry(term.label, contribution),
                    (a, b) -> Math.abs(b.getValue()) > Math.abs(a.getValue()) ? b : a);
        }
        double[] scores = new double[topics.size()];
        boolean[] matched = new boolean[topics.size()];
        for (int i = 0; i < topics.size(); i++) {
            for (Map.Entry<String, Double> e : evidence.get(i).values()) {
                scores[i] += e.getValue();
                matched[i] |= e.getValue() > 0;
            }
        }
        return new Evidence(scores, logits, matched, evidence);
    }

    /** The topics {@code evidence} tags the article with under this tagger's weights and thresholds, best first. */
    List<TopicScore> select(Evidence evidence) {
        List<TopicRule> topics = taxonomy.topics();
        List<TopicScore> result = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            double score = evidence.score(i, modelWeight);
            if (!evidence.tags(i, modelWeight, topics.get(i).threshold() * thresholdScale)) {
                continue;
            }
            List<String> matched = evidence.terms.get(i).values().stream()
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(Map.Entry::getKey)
                    .distinct()
                    .toList();
            result.add(new TopicScore(topics.get(i).id(), Math.round(score * 100) / 100.0, matched));
        }
        result.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        return result;
    }

    /**
     * The rules' and the model's evidence for each topic of one article (topics in taxonomy order).
     * A topic is tagged when {@link #tags} says so: its combined {@link #score} reaches the threshold and at
     * least one of its terms matched, so that every tag has an explanation.
     */
    public static final class Evidence {
        private final double[] ruleScores;
        private final double[] logits;
        private final boolean[] matched;
        /** per topic: folded term → (term as written, contribution). */
        private final List<Map<String, Map.Entry<String, Double>>> terms;

        Evidence(double[] ruleScores, double[] logits, boolean[] matched,
                 List<Map<String, Map.Entry<String, Double>>> terms) {
            this.ruleScores = ruleScores;
            this.logits = logits;
            this.matched = matched;
            this.terms = terms;
        }

        /** The sum of the topic's matched terms' contributions. */
        public double ruleScore(int topic) {
            return ruleScores[topic];
        }

        /** The model's log-odds for the topic, NaN when the topic has no model. */
        public double logit(int topic) {
            return logits[topic];
        }

        /** Whether at least one term of the topic matched with a positive contribution. */
        public boolean anyTermMatched(int topic) {
            return matched[topic];
        }

        /** The rules' score plus {@code modelWeight ×} the model's log-odds when they are positive. */
        public double score(int topic, double modelWeight) {
            double logit = logits[topic];
            return ruleScores[topic] + (Double.isNaN(logit) ? 0 : modelWeight * Math.max(0, logit));
        }

        /** Whether the topic is tagged with this model weight and threshold. */
        public boolean tags(int topic, double modelWeight, double threshold) {
            return matched[topic] && score(topic, modelWeight) >= threshold;
        }
    }

    /** Adds, to each modelled topic's log-odds, the weights of the distinct words of the article. */
    private void addModelEvidence(String lang, int[] titleIds, int[] textIds, double[] logits) {
        double[] byToken = modelWeights.get(lang);
        if (byToken == null) {
            return;
        }
        boolean[] weighted = modelFeature.get(lang);
        SeenTokens seen = SEEN.get().next(weighted.length);
        for (int[] ids : new int[][]{titleIds, textIds}) {
            for (int id : ids) {
                if (id < 0 || id >= weighted.length || !weighted[id] || !seen.firstTime(id)) {
                    continue;
                }
                for (int t = 0, base = id * logits.length; t < logits.length; t++) {
                    logits[t] += byToken[base + t]; // a topic without a model stays NaN
                }
            }
        }
    }

    private static final ThreadLocal<SeenTokens> SEEN = ThreadLocal.withInitial(SeenTokens::new);

    /**
     * Which token numbers one pass has seen, without clearing an array per article: a number is seen in
     * the current pass when its stamp is the pass's.
     */
    private static final class SeenTokens {
        private int[] stamps = new int[0];
        private int pass;

        SeenTokens next(int size) {
            if (stamps.length < size || pass == Integer.MAX_VALUE) {
                stamps = new int[Math.max(size, stamps.length)];
                pass = 0;
            }
            pass++;
            return this;
        }

        /** Whether {@code id} is seen for the first time in this pass (and marks it seen). */
        boolean firstTime(int id) {
            if (stamps[id] == pass) {
                return false;
            }
            stamps[id] = pass;
            return true;
        }
    }

    private static void count(int[] tokens, CompiledTerm[][] terms,
                              Map<CompiledTerm, int[]> hits, int slot) {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] < 0 || tokens[i] >= terms.length) {
                continue;
            }
            CompiledTerm[] candidates = terms[tokens[i]];
            if (candidates == null) {
                continue;
            }
            for (CompiledTerm term : candidates) {
                if (term.matchesAt(tokens, i)) {
                    hits.computeIfAbsent(term, k -> new int[2])[slot]++;
                }
            }
        }
    }

    private static final class CompiledTerm {
        final int topic;
        final String label;
        /** The label, lower case and without accents: terms of one topic spelled alike count once. */
        final String foldedLabel;
        final double weight;
        final String[] tokens;
        int[] ids;

        CompiledTerm(int topic, String label, double weight, String[] tokens) {
            this.topic = topic;
            this.label = label;
            this.foldedLabel = Fold.fold(label);
            this.weight = weight;
            this.tokens = tokens;
        }

        boolean matchesAt(int[] text, int start) {
            if (start + ids.length > text.length) {
                return false;
            }
            for (int k = 1; k < ids.length; k++) {
                if (ids[k] != text[start + k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
