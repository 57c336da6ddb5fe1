package io.veille.enricher.taxonomy;

import java.util.Map;
import java.util.Objects;

/**
 * One topic of the taxonomy: its id, the terms that give evidence of it, per language, with their weights,
 * how much more a term counts when it is in the title, and the score an article must reach to be tagged.
 *
 * @param id         stable lower-case id ({@code open-source})
 * @param label      a human name, for dashboards
 * @param threshold  the least score that tags an article with this topic
 * @param titleBoost the weight multiplier of a term found in the title (on top of its body occurrences)
 * @param terms      language code ({@code fr}, {@code en}) to term or phrase to weight; a negative weight
 *                   is evidence against the topic
 */
public record TopicRule(String id, String label, double threshold, double titleBoost,
                        Map<String, Map<String, Double>> terms) {
    public TopicRule {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("topic id must be lower-case letters, digits and dashes: " + id);
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("topic " + id + ": threshold must be positive");
        }
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }
}
