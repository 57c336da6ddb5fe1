package io.veille.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Main class of a child JVM: runs another main class, and ends the JVM when its standard input
 * reaches end-of-file — that is, when the parent closed it on purpose or died. This is how a broker
 * started by {@code veille up} or by a test never outlives it.
 *
 * <p>Usage: {@code java -cp ... io.veille.localstack.Lifeline <main class> [args...]}
 */
public final class Lifeline {
    private Lifeline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Lifeline <main class> [args...]");
            System.exit(2);
        }
        Thread watcher = new Thread(Lifeline::exitOnEndOfInput, "lifeline");
        watcher.setDaemon(true);
        watcher.start();
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    private static void exitOnEndOfInput() {
        InputStream in = System.in;
        byte[] buffer = new byte[64];
        try {
            while (in.read(buffer) >= 0) {
                // the parent never writes; anything it sends is ignored
            }
        } catch (IOException ignored) {
            // a broken pipe means the same as end-of-file
        }
        // System.exit runs the server's shutdown hooks: a clean stop, bounded by the parent's grace period.
        System.exit(0);
    }
}
