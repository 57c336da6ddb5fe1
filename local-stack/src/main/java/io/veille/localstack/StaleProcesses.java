package io.veille.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Cleans up after a previous run that crashed: a pid file whose process still runs our server is
 * stopped; a pid file of a dead or reused pid is just removed.
 */
final class StaleProcesses {
    private StaleProcesses() {
    }

    /**
     * @param marker a string that the stale process's command line must contain (e.g. its data dir),
     *               so that a recycled pid belonging to something else is never killed
     */
    static void killIfRunning(Path pidFile, String marker, Duration grace) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && handle.get().isAlive() && commandLine(pid).contains(marker)) {
                handle.get().descendants().forEach(ProcessHandle::destroy);
                handle.get().destroy();
                try {
                    handle.get().onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (Exception timeout) {
                    handle.get().descendants().forEach(ProcessHandle::destroyForcibly);
                    handle.get().destroyForcibly();
                }
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    private static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
        }
    }
}
