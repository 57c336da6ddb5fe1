package io.veille.indexer.reindex;

import java.io.PrintWriter;

/** A one-line progress bar redrawn in place ({@code \r}), at most ten times a second. */
public final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String label;
    private long total;
    private long lastDraw;

    public ProgressBar(PrintWriter out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(0, total);
    }

    public void total(long newTotal) {
        total = Math.max(0, newTotal);
    }

    public void update(long done) {
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        out.print("\r" + line(label, done, total));
        out.flush();
    }

    public void finish(long done) {
        out.print("\r" + line(label, done, total) + "\n");
        out.flush();
    }

    /** The bar as text, e.g. {@code Reindexing [#######.......]  50%  5/10}. */
    static String line(String label, long done, long total) {
        long clamped = Math.min(done, total);
        int percent = total == 0 ? 100 : (int) (clamped * 100 / total);
        int filled = total == 0 ? WIDTH : (int) (clamped * WIDTH / total);
        return label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format("%3d%%  %d/%d", percent, done, total);
    }
}
