package io.veille.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code veille up} as users run it: the packaged launcher in its own process. It comes up, it stops
 * on SIGTERM leaving no server behind, it survives a {@code kill -9} of itself (the servers follow it
 * down), and the next {@code up} resumes on the same data dir.
 */
class UpCommandIT {
    private static final Pattern KAFKA = Pattern.compile("Kafka\\s+(127\\.0\\.0\\.1:\\d+)");
    private static final Pattern UP = Pattern.compile("Up in ([0-9.]+) s");

    @TempDir
    Path dataDir;

    @Test
    void upSurvivesACrashOfItselfThenStopsCleanlyOnSigterm() throws Exception {
        Up first = Up.start(dataDir);
        List<ProcessHandle> servers = first.descendants();
        assertThat(servers).as("Kafka and Elasticsearch run as children").hasSizeGreaterThanOrEqualTo(2);
        first.process.destroyForcibly(); // kill -9: no shutdown hook runs, yet the servers must follow it down
        first.process.waitFor(10, TimeUnit.SECONDS);
        awaitGone(servers, Duration.ofSeconds(30));

        Up second = Up.start(dataDir); // stale pid files, a data dir that was not closed cleanly, fresh ports
        List<ProcessHandle> secondServers = second.descendants();
        second.process.destroy(); // SIGTERM, as Ctrl-C or `kill` would
        assertThat(second.process.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
        awaitGone(secondServers, Duration.ofSeconds(5));
    }

    private static void awaitGone(List<ProcessHandle> processes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(processes.stream().filter(ProcessHandle::isAlive).map(p -> p.info().commandLine().orElse("?")))
                .as("no server left running").isEmpty();
    }

    private record Up(Process process, List<String> output) {
        static Up start(Path dataDir) throws IOException, InterruptedException {
            Path jar = Path.of("target", "veille.jar").toAbsolutePath();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "up", "--data-dir", dataDir.toString(), "--kafka-port", "0", "--es-port", "0")
                    .redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            for (String line; System.nanoTime() < deadline && (line = reader.readLine()) != null; ) {
                output.add(line);
                Matcher up = UP.matcher(line);
                if (up.find()) {
                    System.out.println("veille up: " + line);
                    assertThat(Double.parseDouble(up.group(1))).as("up within 90 s").isLessThan(90);
                    assertThat(output).anyMatch(l -> KAFKA.matcher(l).find()).anyMatch(l -> l.contains("Elasticsearch  http://127.0.0.1:"));
                    Thread drain = new Thread(() -> reader.lines().forEach(l -> { }));
                    drain.setDaemon(true);
                    drain.start();
                    return new Up(process, output);
                }
            }
            process.destroyForcibly();
            throw new AssertionError("veille up did not come up:\n" + String.join("\n", output));
        }

        List<ProcessHandle> descendants() {
            return process.descendants().toList();
        }
    }
}
