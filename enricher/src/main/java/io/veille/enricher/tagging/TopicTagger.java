package io.veille.enricher.tagging;

import io.veille.common.event.TopicScore;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TopicRule;

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
 * (<i>open source</i>, <i>cloud native</i>, <i>DevOps</i>). A term's contribution to its topic is
 * {@code weight × (titleBoost if it is in the title) + weight × (1 + ln n)} for its {@code n ≥ 1}
 * occurrences in the body, so that repetition counts, but less and less.
 *
 * <p>Thread-safe, built once per taxonomy.
 */
public final class TopicTagger {
    private final Taxonomy taxonomy;
    private final TermAnalyzers analyzers;
    /** language → first token → the terms that start with it. */
    private final Map<String, Map<String, List<CompiledTerm>>> index = new HashMap<>();

    public TopicTagger(Taxonomy taxonomy, TermAnalyzers analyzers) {
        this.taxonomy = taxonomy;
        this.analyzers = analyzers;
        List<TopicRule> topics = taxonomy.topics();
        for (int t = 0; t < topics.size(); t++) {
            for (Map.Entry<String, Map<String, Double>> byLanguage : topics.get(t).terms().entrySet()) {
                String language = "fr".equals(byLanguage.getKey()) ? "fr" : "en";
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
                for (CompiledTerm compiled : distinct.values()) {
                    index.computeIfAbsent(language, k -> new HashMap<>())
                            .computeIfAbsent(compiled.tokens[0], k -> new ArrayList<>())
                            .add(compiled);
                }
            }
        }
    }

    public TopicTagger(Taxonomy taxonomy) {
        this(taxonomy, new TermAnalyzers());
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
        Map<CompiledTerm, int[]> hits = new LinkedHashMap<>(); // term → {title hits, body hits}
        for (String lang : TermAnalyzers.LANGUAGES) {
            if ("fr".equals(lang) && !"fr".equals(language)) {
                continue;
            }
            Map<String, List<CompiledTerm>> terms = index.get(lang);
            if (terms == null) {
                continue;
            }
            count(analyzers.analyze(lang, title), terms, hits, 0);
            count(analyzers.analyze(lang, text), terms, hits, 1);
        }
        List<TopicRule> topics = taxonomy.topics();
        double[] scores = new double[topics.size()];
        List<List<Map.Entry<String, Double>>> evidence = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            evidence.add(new ArrayList<>());
        }
        for (Map.Entry<CompiledTerm, int[]> hit : hits.entrySet()) {
            CompiledTerm term = hit.getKey();
            TopicRule topic = topics.get(term.topic);
            int inTitle = hit.getValue()[0];
            int inBody = hit.getValue()[1];
            double contribution = (inTitle > 0 ? term.weight * topic.titleBoost() : 0)
                    + (inBody > 0 ? term.weight * (1 + Math.log(inBody)) : 0);
            scores[term.topic] += contribution;
            evidence.get(term.topic).add(Map.entry(term.label, contribution));
        }
        List<TopicScore> result = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            if (scores[i] >= topics.get(i).threshold()) {
                List<String> matched = evidence.get(i).stream()
                        .filter(e -> e.getValue() > 0)
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .map(Map.Entry::getKey)
                        .distinct()
                        .toList();
                result.add(new TopicScore(topics.get(i).id(), Math.round(scores[i] * 100) / 100.0, matched));
            }
        }
        result.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        return result;
    }

    private static void count(String[] tokens, Map<String, List<CompiledTerm>> terms,
                              Map<CompiledTerm, int[]> hits, int slot) {
        for (int i = 0; i < tokens.length; i++) {
            List<CompiledTerm> candidates = terms.get(tokens[i]);
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
        final double weight;
        final String[] tokens;

        CompiledTerm(int topic, String label, double weight, String[] tokens) {
            this.topic = topic;
            this.label = label;
            this.weight = weight;
            this.tokens = tokens;
        }

        boolean matchesAt(String[] text, int start) {
            if (start + tokens.length > text.length) {
                return false;
            }
            for (int k = 1; k < tokens.length; k++) {
                if (!tokens[k].equals(text[start + k])) {
                    return false;
                }
            }
            return true;
        }
    }
}
