package io.veille.app.up;

import io.veille.common.config.VeilleConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSettingsTest {
    @Test
    void theDemoAllowsLoopbackFeedsWithoutDelayAndPollsOften() {
        VeilleConfig demo = UpRun.demoSettings(VeilleConfig.defaults());
        assertThat(demo.string("ingester.http.allow-loopback")).isEqualTo("true");
        assertThat(demo.string("ingester.http.per-host-delay")).isEqualTo("0s");
        assertThat(demo.string("ingester.poll.min-interval")).isEqualTo(demo.string("ingester.poll.max-interval"));
    }

    @Test
    void withoutAConfiguredTokenEachDemoRunMakesUpItsOwnSoWatchesCanBeCreated() {
        String first = UpRun.demoSettings(VeilleConfig.defaults()).string("api.token");
        String second = UpRun.demoSettings(VeilleConfig.defaults()).string("api.token");
        assertThat(first).hasSizeGreaterThanOrEqualTo(24).matches("[A-Za-z0-9_-]+").isNotEqualTo(second);
    }

    @Test
    void aConfiguredTokenIsKept() {
        assertThat(UpRun.demoSettings(VeilleConfig.defaults().with("api.token", "s3cret")).string("api.token")).isEqualTo("s3cret");
    }
}
