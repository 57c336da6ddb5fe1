package io.veille.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run in a
 * child JVM from the {@code kafka_2.13} artifact on this JVM's class path, listening on loopback.
 *
 * <p>The log dir is formatted once with {@code kafka.tools.StorageTool}; a later start on the same
 * work dir keeps its topics and offsets. {@link #stop()} and {@link #start()} restart it on the same
 * ports, for fault tests; {@link #kill()} is a crash.
 */
public final class LocalKafka implements KafkaServer {
    /** How long to wait for the server; {@code -Dveille.kafka.ready-timeout-seconds} lengthens it on a loaded machine. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("veille.kafka.ready-timeout-seconds", 90));
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final Path workDir;
    private final int port;
    private final int controllerPort;
    private ChildProcess process;

    /**
     * @param workDir   holds the log dir, the configuration, the log file and the pid file
     * @param preferredPort the port to listen on when free (0: any free port)
     */
    public LocalKafka(Path workDir, int preferredPort) {
        this.workDir = workDir.toAbsolutePath();
        this.port = FreePorts.preferring(preferredPort);
        int controller = FreePorts.any();
        while (controller == port) {
            controller = FreePorts.any();
        }
        this.controllerPort = controller;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return workDir.resolve("kafka.log");
    }

    /** Starts the broker (formatting its log dir first if new) and waits until it answers. */
    @Override
    public synchronized LocalKafka start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            Files.createDirectories(workDir);
            StaleProcesses.killIfRunning(workDir.resolve("kafka.pid"), workDir.toString(), STOP_GRACE);
            Path logDir = workDir.resolve("data");
            Path config = writeConfig(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(config, logDir);
            }
            process = ChildProcess.start("Kafka", javaCommand(true, "kafka.Kafka", config.toString()), Map.of(),
                    workDir, logFile(), workDir.resolve("kafka.pid"));
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Kafka in " + workDir, e);
        }
    }

    /** Stops the broker cleanly; its data stays for the next {@link #start()}. */
    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    /** Kills the broker at once, as a crash would. */
    @Override
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeConfig(Path logDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        // one node: every internal topic has one replica, and few partitions so that it starts fast
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "6");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "6");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.partitions", "1");
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        p.setProperty("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        // large enough for an article with its HTML, with headroom
        p.setProperty("message.max.bytes", Integer.toString(4 * 1024 * 1024));
        Path config = workDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            p.store(out, "Written by Veille's LocalKafka; rewritten at each start");
        }
        Files.writeString(workDir.resolve("log4j2.properties"), """
                rootLogger.level = INFO
                rootLogger.appenderRef.stdout.ref = STDOUT
                appender.stdout.type = Console
                appender.stdout.name = STDOUT
                appender.stdout.layout.type = PatternLayout
                appender.stdout.layout.pattern = [%d] %p %m (%c)%n
                logger.kafka.name = kafka
                logger.kafka.level = WARN
                logger.apache.name = org.apache.kafka
                logger.apache.level = WARN
                """, StandardCharsets.UTF_8);
        // the broker logs through SLF4J: when the class path carries Logback (tests, the launcher), quiet it too
        Files.writeString(workDir.resolve("logback.xml"), """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>[%d] %-5level %msg (%logger{30})%n</pattern></encoder>
                  </appender>
                  <logger name="kafka" level="WARN"/>
                  <logger name="org.apache.kafka" level="WARN"/>
                  <logger name="state.change.logger" level="WARN"/>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """, StandardCharsets.UTF_8);
        return config;
    }

    private void format(Path config, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        List<String> command = javaCommand(false, "kafka.tools.StorageTool",
                "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString());
        Process format = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile())).start();
        format.getOutputStream().close();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new LocalServerException("Formatting the Kafka log dir took over 60 s; see " + logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            format.destroyForcibly();
            throw new LocalServerException("Interrupted while formatting the Kafka log dir");
        }
        if (format.exitValue() != 0) {
            throw new LocalServerException("Formatting the Kafka log dir failed (exit " + format.exitValue()
                    + "); see " + logFile());
        }
    }

    /** @param lifeline whether the child ends when our pipe to it closes (the server) or runs to its end (a tool) */
    private List<String> javaCommand(boolean lifeline, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+UseG1GC");
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.configurationFile=" + workDir.resolve("log4j2.properties"));
        command.add("-Dlogback.configurationFile=" + workDir.resolve("logback.xml"));
        command.add("-Dveille.workdir=" + workDir);
        command.add("-cp");
        command.add(absoluteClassPath());
        if (lifeline) {
            command.add(Lifeline.class.getName());
        }
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /**
     * This JVM's class path with every entry made absolute: the child runs in another working directory,
     * so {@code java -jar app/target/veille.jar} would otherwise hand it a path it cannot resolve.
     */
    static String absoluteClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new LocalServerException("Kafka exited while starting; last lines of " + logFile()
                            + ":\n" + process.tail(30));
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    sleep(250);
                }
            }
        }
        process.stop(STOP_GRACE);
        throw new LocalServerException("Kafka did not answer within " + READY_TIMEOUT.toSeconds()
                + " s; last lines of " + logFile() + ":\n" + process.tail(30));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalServerException("Interrupted while waiting for a local server");
        }
    }
}
