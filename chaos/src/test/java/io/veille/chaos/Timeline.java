package io.veille.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes, once a second, a scenario's progress at each stage to {@code timeline.tsv} in its directory
 * (seconds since the start, rounds released, raw records, enriched records, documents indexed), and
 * the scenario's events between them: the trace to read when a scenario is slow or fails.
 */
final class Timeline implements AutoCloseable {
    private final long start = System.nanoTime();
    private final Writer out;
    private final Thread sampler;

    Timeline(Pipeline p) {
        try {
            out = Files.newBufferedWriter(p.dir().resolve("timeline.tsv"), StandardCharsets.UTF_8);
            out.write("seconds\treleased\traw\tenriched\tindexed\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                line(p.publication.released.get() + "\t" + p.rawRecords() + "\t" + p.enrichedRecords() + "\t" + p.indexed());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "timeline");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Notes an event of the scenario (a kill, a restart) at the current time. */
    void event(String what) {
        line("# " + what);
    }

    private synchronized void line(String text) {
        try {
            out.write(String.format(Locale.ROOT, "%.1f\t%s%n", (System.nanoTime() - start) / 1e9, text));
            out.flush();
        } catch (IOException e) {
            // the trace is a help, never a failure
        }
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join(5000);
        try {
            out.close();
        } catch (IOException e) {
            // as above
        }
    }
}
