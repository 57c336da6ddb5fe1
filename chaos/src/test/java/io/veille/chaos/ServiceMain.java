package io.veille.chaos;

import java.io.IOException;
import java.io.InputStream;

/**
 * Runs {@code io.veille.app.Veille} with the given arguments, tied to the test JVM by a lifeline: when
 * its standard input (a pipe from the suite) closes, because the suite stopped it or died, even by
 * {@code kill -9}, the service exits through its shutdown hooks. So an aborted run leaves no service
 * behind on the shared machine.
 */
public final class ServiceMain {
    private ServiceMain() {
    }

    public static void main(String[] args) {
        Thread lifeline = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // nothing is ever sent: only the end of the stream counts
                }
            } catch (IOException e) {
                // a broken pipe is the end of the stream too
            }
            System.exit(143);
        }, "lifeline");
        lifeline.setDaemon(true);
        lifeline.start();
        io.veille.app.Veille.main(args);
    }
}
