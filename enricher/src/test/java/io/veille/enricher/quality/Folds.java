package io.veille.enricher.quality;

import io.veille.enricher.devset.DevArticle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How cross-validation cuts the dev split: {@code of[i]} is the fold of article {@code i}, among {@code count}.
 *
 * <p>{@link #interleaved} spreads every batch of the set over every fold, so each fold is tested by a model
 * that has seen articles of the same writer, written the same day. {@link #byBatch} holds out a whole batch
 * at a time (the articles whose ids share a prefix, such as {@code y-en}: one writer, one sitting), which is
 * what the tagger meets on real feeds and on the set nobody on the team sees: text by someone else.
 * {@code names} are the folds' names: the batches, or "fold 0"….
 */
record Folds(String name, List<String> names, int[] of) {

    int count() {
        return names.size();
    }

    static Folds interleaved(List<DevArticle> dev, int count) {
        int[] of = new int[dev.size()];
        for (int i = 0; i < of.length; i++) {
            of[i] = i % count;
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            names.add("fold " + k);
        }
        return new Folds(count + "-fold interleaved", names, of);
    }

    static Folds byBatch(List<DevArticle> dev) {
        Map<String, Integer> batches = new LinkedHashMap<>();
        int[] of = new int[dev.size()];
        for (int i = 0; i < of.length; i++) {
            of[i] = batches.computeIfAbsent(batch(dev.get(i).id()), b -> batches.size());
        }
        return new Folds("leave-one-batch-out over " + batches.keySet(), List.copyOf(batches.keySet()), of);
    }

    /** The batch of an id: what precedes its number ({@code y-en-042} → {@code y-en}, {@code fr-007} → {@code fr}). */
    static String batch(String id) {
        return id.replaceFirst("-?\\d+$", "");
    }
}
