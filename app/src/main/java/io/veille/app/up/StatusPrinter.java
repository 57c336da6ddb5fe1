package io.veille.app.up;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows a status line that changes. On a console it rewrites one line in place ({@code \r}, padded
 * over the previous text); elsewhere (a pipe, a log file) it prints a plain line when the status has
 * changed and at least {@code plainEvery} has passed since the last one, so a log is not flooded.
 * Not thread-safe: one thread calls {@link #show}.
 */
public final class StatusPrinter {
    private final PrintStream out;
    private final boolean console;
    private final long plainEveryNanos;
    private String last = "";
    private long lastPrintedAt;
    private boolean printedOnce;
    private boolean lineOpen;

    public StatusPrinter(PrintStream out, boolean console, Duration plainEvery) {
        this.out = out;
        this.console = console;
        this.plainEveryNanos = plainEvery.toNanos();
    }

    /** A printer for {@code System.out}: in place when it is a console, plain lines every 5 s otherwise. */
    public static StatusPrinter forStdout() {
        return new StatusPrinter(System.out, System.console() != null, Duration.ofSeconds(5));
    }

    /** Shows {@code status} as of {@code nowNanos} ({@link System#nanoTime()}). */
    public void show(String status, long nowNanos) {
        if (console) {
            if (!status.equals(last) || !lineOpen) {
                String padding = " ".repeat(Math.max(0, last.length() - status.length()));
                out.print("\r" + status + padding);
                out.flush();
                lineOpen = true;
            }
        } else if (!status.equals(last) && (!printedOnce || nowNanos - lastPrintedAt >= plainEveryNanos)) {
            out.println(status);
            out.flush();
            lastPrintedAt = nowNanos;
            printedOnce = true;
        } else {
            return; // unchanged, or too soon: the next call will print the latest
        }
        last = status;
    }

    /** Shows {@code status} at once, whatever the interval, and ends the line: for the final status. */
    public void finish(String status) {
        if (console) {
            String padding = " ".repeat(Math.max(0, last.length() - status.length()));
            out.println("\r" + status + padding);
        } else if (!status.equals(last)) {
            out.println(status);
        }
        out.flush();
        last = status;
        lineOpen = false;
    }

    /** Ends the line being rewritten (before other output), if any. */
    public void breakLine() {
        if (console && lineOpen) {
            out.println();
            out.flush();
            lineOpen = false;
        }
    }
}
