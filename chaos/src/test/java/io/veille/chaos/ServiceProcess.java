package io.veille.chaos;

import io.veille.localstack.Lifeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Veille service in a JVM of its own: {@code java -cp <services class path> io.veille.localstack.Lifeline
 * io.veille.app.Veille <command> --config <yaml>} (the {@link Lifeline} ends the service when the suite's end of the pipe closes), standard output and error appended to {@code <name>.log} with the time of
 * each line. The JVM runs with C1 only ({@code -XX:TieredStopAtLevel=1}): for a few minutes of work on
 * a shared 2-core machine, C2's compilations cost more CPU than they save. It can be
 * stopped (SIGTERM, as an operator would) or killed ({@code kill -9}, as a crash would).
 */
final class ServiceProcess {
    private final String name;
    private final Process process;
    private static final java.util.Set<Process> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "chaos-services-stop"));
    }

    private final Path log;
    private volatile boolean ended;

    private ServiceProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String name, String classPath, Path dir, Path config, String... command) {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classPath, Lifeline.class.getName(), "io.veille.app.Veille"));
        args.addAll(List.of(command));
        args.addAll(List.of("--config", config.toString()));
        Path log = dir.resolve(name + ".log");
        try {
            Files.writeString(log, "$ " + String.join(" ", command) + " --config " + config + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(args)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            LIVE.add(process); // its standard input stays open: the Lifeline's pipe
            Thread pump = new Thread(() -> copyWithTimes(process, log), "log-" + name);
            pump.setDaemon(true);
            pump.start();
            return new ServiceProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the service's output to its log, each line prefixed with the wall-clock time. */
    private static void copyWithTimes(Process process, Path log) {
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             java.io.Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
            for (String line; (line = in.readLine()) != null; ) {
                out.write(java.time.LocalTime.now().format(time) + " " + line + "\n");
                out.flush();
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no clean leave, buffers lost. */
    void kill() throws InterruptedException {
        ended = true;
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then SIGKILL if it has not stopped within the grace period. */
    void stop() throws InterruptedException {
        ended = true;
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Whether it exited although the scenario neither stopped nor killed it: a service that died. */
    boolean died() {
        return !ended && !process.isAlive();
    }

    /** Whether the log holds {@code text} (e.g. a readiness line). */
    boolean logContains(String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    Path log() {
        return log;
    }
}
