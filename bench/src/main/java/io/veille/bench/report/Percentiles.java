package io.veille.bench.report;

import java.util.Arrays;

/**
 * Percentiles of a sample by the nearest-rank method: the p-th percentile is the smallest value such that
 * at least p % of the sample is less than or equal to it. No interpolation, so every percentile is a value
 * that was measured.
 */
public final class Percentiles {
    private final double[] sorted;

    /** @param values the sample; copied, in any order */
    public Percentiles(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(this.sorted);
    }

    public int count() {
        return sorted.length;
    }

    /**
     * The {@code p}-th percentile, 0 &lt; p ≤ 100.
     *
     * @throws IllegalStateException when the sample is empty
     */
    public double percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no values");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double max() {
        return percentile(100);
    }
}
