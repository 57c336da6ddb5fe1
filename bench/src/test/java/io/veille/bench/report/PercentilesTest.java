package io.veille.bench.report;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {
    @Test
    void nearest_rank_on_one_to_a_hundred_gives_the_rank_itself() {
        double[] values = IntStream.rangeClosed(1, 100).map(i -> 101 - i).asDoubleStream().toArray();
        Percentiles p = new Percentiles(values);
        assertThat(p.percentile(50)).isEqualTo(50);
        assertThat(p.percentile(95)).isEqualTo(95);
        assertThat(p.percentile(99)).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.percentile(0.5)).isEqualTo(1);
    }

    @Test
    void a_percentile_is_always_a_measured_value() {
        Percentiles p = new Percentiles(new double[] {10, 1000, 20, 30});
        assertThat(p.percentile(50)).isEqualTo(20);
        assertThat(p.percentile(75)).isEqualTo(30);
        assertThat(p.percentile(76)).isEqualTo(1000);
        assertThat(p.percentile(99)).isEqualTo(1000);
    }

    @Test
    void one_value_is_every_percentile() {
        Percentiles p = new Percentiles(new double[] {7});
        assertThat(p.percentile(1)).isEqualTo(7);
        assertThat(p.percentile(99)).isEqualTo(7);
    }

    @Test
    void does_not_sort_the_callers_array() {
        double[] values = {3, 1, 2};
        new Percentiles(values);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void refuses_an_empty_sample_and_percentiles_out_of_range() {
        assertThatThrownBy(() -> new Percentiles(new double[0]).percentile(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Percentiles(new double[] {1}).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(new double[] {1}).percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
