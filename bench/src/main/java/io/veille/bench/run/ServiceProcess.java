package io.veille.bench.run;

import com.sun.tools.attach.VirtualMachine;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.CompilationMXBean;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Veille service run as a child JVM ({@code java -cp <our class path> io.veille.bench.ServiceMain
 * enrich|index --config FILE}), its output in a log file, and its memory sampled while it runs: resident
 * set size and its peak from {@code /proc/<pid>/status} (VmRSS, VmHWM), heap in use through JMX (the
 * attach API starts the child's local management agent). Closing it stops the child (SIGTERM, then
 * SIGKILL after 30 s).
 */
final class ServiceProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;
    private volatile MemoryMXBean memory;
    private volatile CompilationMXBean compilation;
    private JMXConnector connector;
    private volatile long maxHeapUsed;
    private volatile long maxHeapCommitted;
    private volatile long maxRssSampled;
    private volatile long samples;
    private volatile long cpuAtStart = -1;
    private Thread sampler;
    private volatile boolean sampling;

    private ServiceProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code service} ({@code enrich} or {@code index}) with {@code config}, the heap {@code xmx}
     * ({@code 256m}) and {@code jvmOptions} (where {@code {service}} stands for the service's name), writing its output to {@code <logDir>/<service>.log}.
     */
    static ServiceProcess start(String service, Path config, String xmx, List<String> jvmOptions, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Path logback = logDir.resolve("logback-services.xml");
        Files.writeString(logback, """
                    <configuration>
                      <appender name="ERR" class="ch.qos.logback.core.ConsoleAppender">
                        <target>System.err</target>
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n</pattern></encoder>
                      </appender>
                      <logger name="io.veille" level="INFO"/>
                      <!-- a warning per trend point too late for its window: the measured articles are days older than the warm-up's -->
                      <logger name="org.apache.kafka.streams.kstream.internals.KStreamWindowAggregate" level="ERROR"/>
                      <root level="WARN"><appender-ref ref="ERR"/></root>
                    </configuration>
                    """);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + xmx);
        command.add("-Dlogback.configurationFile=" + logback.toAbsolutePath());
        jvmOptions.forEach(option -> command.add(option.replace("{service}", service)));
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add("io.veille.bench.ServiceMain");
        command.add(service);
        command.add("--config");
        command.add(config.toAbsolutePath().toString());
        Path log = logDir.resolve(service + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        return new ServiceProcess(service, process, log);
    }

    /** Our class path with every entry made absolute, so that it holds from any working directory. */
    static String absoluteClassPath() {
        StringBuilder cp = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                cp.append(cp.length() == 0 ? "" : java.io.File.pathSeparator).append(Path.of(entry).toAbsolutePath());
            }
        }
        return cp.toString();
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Waits until the log holds {@code marker}; false when the process died or the time ran out. */
    boolean awaitLog(String marker, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(marker)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Starts sampling memory every {@code period}; attaches to the child for its heap (best effort). */
    void startSampling(Duration period) {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(process.pid()));
            String url = vm.startLocalManagementAgent();
            vm.detach();
            connector = JMXConnectorFactory.connect(new JMXServiceURL(url));
            memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            compilation = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                    ManagementFactory.COMPILATION_MXBEAN_NAME, CompilationMXBean.class);
        } catch (Exception | LinkageError e) {
            memory = null;
            compilation = null;
        }
        cpuAtStart = cpuNanos();
        sampling = true;
        sampler = new Thread(() -> {
            while (sampling && process.isAlive()) {
                sample();
                try {
                    Thread.sleep(period.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-sampler-" + name);
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        maxRssSampled = Math.max(maxRssSampled, status("VmRSS"));
        MemoryMXBean m = memory;
        if (m != null) {
            try {
                var heap = m.getHeapMemoryUsage();
                maxHeapUsed = Math.max(maxHeapUsed, heap.getUsed());
                maxHeapCommitted = Math.max(maxHeapCommitted, heap.getCommitted());
            } catch (RuntimeException e) {
                // the child is stopping
            }
        }
        samples++;
    }

    /** What was measured so far. */
    Memory memory() {
        sample();
        return new Memory(status("VmHWM"), maxRssSampled, memory != null ? maxHeapUsed : -1,
                memory != null ? maxHeapCommitted : -1, samples,
                cpuNanos(), cpuAtStart);
    }

    /**
     * @param peakRss          VmHWM: the peak resident set size of the child's whole life, bytes
     * @param maxRssSampled    the largest VmRSS sampled, bytes
     * @param maxHeapUsed      the largest heap in use sampled, bytes (-1 when JMX was not reachable)
     * @param maxHeapCommitted the largest heap committed sampled, bytes
     * @param cpuNanos         CPU time of the child so far
     * @param cpuAtStart       CPU time of the child when the sampling started (its start-up), or -1
     */
    record Memory(long peakRss, long maxRssSampled, long maxHeapUsed, long maxHeapCommitted, long samples, long cpuNanos,
                  long cpuAtStart) {
        /** CPU time since the sampling started. */
        long cpuSinceStart() {
            return cpuAtStart < 0 || cpuNanos < 0 ? -1 : cpuNanos - cpuAtStart;
        }
    }

    /**
     * The time the child's JIT compilers have spent compiling so far, in milliseconds, or -1 when JMX
     * was not reachable: how far the service still is from its steady state.
     */
    long compileMillis() {
        CompilationMXBean c = compilation;
        try {
            return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The child's CPU time (user + system) so far, or -1. */
    private long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** A field of {@code /proc/<pid>/status} in bytes, or -1. */
    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    @Override
    public void close() {
        sampling = false;
        if (sampler != null) {
            sampler.interrupt();
        }
        try {
            if (connector != null) {
                connector.close();
            }
        } catch (IOException | RuntimeException e) {
            // the child is going away anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
