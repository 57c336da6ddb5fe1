package io.veille.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class VeilleTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Veille.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void versionNamesTheServersItRuns() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("veille ", "Kafka 4.", "Elasticsearch 8.19");
    }

    @Test
    void badUsageExitsWithTwoAndOneClearLine() {
        assertThat(run("up", "--no-such-option")).isEqualTo(Veille.BAD_INPUT);
        assertThat(err.toString()).startsWith("veille: Unknown option: '--no-such-option'").contains("veille up --help");
    }

    @Test
    void aBadConfigurationFileIsBadInput() {
        assertThat(run("up", "--config", "/no/such/veille.yaml")).isEqualTo(Veille.BAD_INPUT);
        assertThat(err.toString()).startsWith("veille: Cannot read configuration /no/such/veille.yaml");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void errorsAreOneLineWithTheirCauses() {
        Exception error = new IllegalStateException("Cannot start Kafka", new java.io.IOException("port 9092 in use\nmore"));
        assertThat(Veille.oneLine(error)).isEqualTo("Cannot start Kafka: port 9092 in use");
    }
}
