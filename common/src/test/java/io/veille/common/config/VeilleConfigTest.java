package io.veille.common.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VeilleConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsRun() {
        VeilleConfig config = VeilleConfig.defaults();
        assertThat(config.string("topics.prefix")).isEqualTo("veille.");
        assertThat(config.integer("topics.partitions")).isPositive();
    }

    @Test
    void theFileOverridesDefaultsAndTheEnvironmentOverridesTheFile() throws Exception {
        Path file = dir.resolve("veille.yaml");
        Files.writeString(file, """
                topics:
                  prefix: newsroom.
                kafka:
                  bootstrap-servers: broker:9092
                  client:
                    security.protocol: SSL
                """);
        VeilleConfig config = VeilleConfig.load(file, Map.of("VEILLE_KAFKA_BOOTSTRAP_SERVERS", "other:9093"));
        assertThat(config.string("topics.prefix")).isEqualTo("newsroom.");
        assertThat(config.string("kafka.bootstrap-servers")).isEqualTo("other:9093");
        assertThat(config.subtree("kafka.client")).containsEntry("security.protocol", "SSL");
    }

    @Test
    void anUnknownKeyIsAClearError() throws Exception {
        Path file = dir.resolve("veille.yaml");
        Files.writeString(file, "kafka:\n  bootstrap-server: typo:9092\n");
        assertThatThrownBy(() -> VeilleConfig.load(file, Map.of()))
                .isInstanceOf(VeilleConfig.ConfigException.class)
                .hasMessageContaining("kafka.bootstrap-server");
    }

    @Test
    void envNamesFollowOneRule() {
        assertThat(VeilleConfig.envName("kafka.bootstrap-servers")).isEqualTo("VEILLE_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void durationsReadTheWayPeopleWriteThem() {
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(Durations.parse("PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> Durations.parse("soon")).isInstanceOf(IllegalArgumentException.class);
    }
}
