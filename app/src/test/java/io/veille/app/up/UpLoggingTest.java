package io.veille.app.up;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UpLoggingTest {

    @AfterEach
    void restoreTheDefaultConfiguration() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void theLogFileKeepsKafkaWarningsButNotOnePerTrendPointTooLateForItsWindow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("logs/veille.log");
        UpLogging.toFile(file);

        LoggerFactory.getLogger(UpLogging.TREND_WINDOW_LOGGER).warn("Skipping record for expired window.");
        LoggerFactory.getLogger("org.apache.kafka.clients.producer.internals.Sender").warn("the broker is away");
        LoggerFactory.getLogger("io.veille.enricher").info("veille enrich: running");

        String log = Files.readString(file);
        assertThat(log).contains("the broker is away").contains("veille enrich: running")
                .doesNotContain("expired window");
    }
}
