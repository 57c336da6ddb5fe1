package io.veille.enricher.quality;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Precision, recall and F1 of a multi-label tagger, per label and micro-averaged. */
final class Scores {
    private final Map<String, int[]> counts = new LinkedHashMap<>(); // label → {tp, fp, fn}

    Scores(Collection<String> labels) {
        for (String label : labels) {
            counts.put(label, new int[3]);
        }
    }

    void add(Set<String> expected, Set<String> predicted) {
        Set<String> all = new TreeSet<>(expected);
        all.addAll(predicted);
        for (String label : all) {
            int[] c = counts.computeIfAbsent(label, k -> new int[3]);
            boolean e = expected.contains(label);
            boolean p = predicted.contains(label);
            if (e && p) {
                c[0]++;
            } else if (p) {
                c[1]++;
            } else {
                c[2]++;
            }
        }
    }

    double microF1() {
        int tp = 0, fp = 0, fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return f1(tp, fp, fn);
    }

    String table(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%n== %s ==%n%-22s %5s %5s %5s  %6s %6s %6s%n", title, "topic", "tp", "fp", "fn", "P", "R", "F1"));
        int tp = 0, fp = 0, fn = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            sb.append(row(e.getKey(), c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        sb.append(row("micro-average", tp, fp, fn));
        return sb.toString();
    }

    private static String row(String label, int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return String.format("%-22s %5d %5d %5d  %6.3f %6.3f %6.3f%n", label, tp, fp, fn, p, r, f1(tp, fp, fn));
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
