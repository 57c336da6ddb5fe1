package io.veille.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Three feed servers that misbehave, each on a port of its own (a host of its own for the ingester's
 * politeness), speaking raw HTTP/1.1 over sockets:
 * <ul>
 *   <li>{@code slow}: the whole response, headers included, at one byte per second;</li>
 *   <li>{@code endless}: a complete, valid feed with no length, then the connection held open forever;</li>
 *   <li>{@code huge}: a 100 MB body (an Atom head, then 100 MB inside a comment), sent as fast as it is read.</li>
 * </ul>
 * None of them may ever put an article in the index, and none may hold up the other feeds.
 */
final class HostileFeeds implements AutoCloseable {
    static final long HUGE_BYTES = 100L * 1024 * 1024;

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-feed");
        t.setDaemon(true);
        return t;
    });
    private final List<ServerSocket> sockets = new ArrayList<>();
    private final String scenario;
    final Server slow;
    final Server endless;
    final Server huge;

    HostileFeeds(String scenario) throws IOException {
        this.scenario = scenario;
        slow = start("slow", this::slow);
        endless = start("endless", this::endless);
        huge = start("huge", this::huge);
    }

    List<Server> all() {
        return List.of(slow, endless, huge);
    }

    /** One misbehaving server: its feed URL, the connections it got, and the bytes it managed to send. */
    static final class Server {
        final String name;
        final String url;
        final AtomicInteger connections = new AtomicInteger();
        final AtomicLong maxBytesSent = new AtomicLong();

        Server(String name, int port) {
            this.name = name;
            this.url = "http://127.0.0.1:" + port + "/" + name + ".atom";
        }
    }

    private interface Behaviour {
        void serve(OutputStream out, Server server) throws IOException, InterruptedException;
    }

    private Server start(String name, Behaviour behaviour) throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        sockets.add(socket);
        Server server = new Server(name, socket.getLocalPort());
        threads.submit(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    server.connections.incrementAndGet();
                    threads.submit(() -> {
                        try (client) {
                            readRequestHead(client.getInputStream());
                            behaviour.serve(client.getOutputStream(), server);
                        } catch (IOException | InterruptedException e) {
                            // the ingester gave up on us: that is the point
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server;
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int state = 0;
        for (int b; state < 4 && (b = in.read()) >= 0; ) {
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
    }

    private String feed(String name) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "<title>Hostile " + name + "</title><id>urn:veille:chaos:hostile:" + name + "</id>\n"
                + "<entry><id>urn:veille:chaos:hostile:" + name + ":1</id><title>Must never be indexed (" + name + ")</title>"
                + "<link href=\"https://chaos.veille.test/" + scenario + "/hostile/" + name + "\"/>"
                + "<published>2026-01-05T10:00:00Z</published><content type=\"html\">&lt;p&gt;Hostile payload.&lt;/p&gt;</content></entry>\n"
                + "</feed>\n";
    }

    private void slow(OutputStream out, Server server) throws IOException, InterruptedException {
        byte[] body = feed("slow").getBytes(StandardCharsets.UTF_8);
        byte[] response = concat(("HTTP/1.1 200 OK\r\nContent-Type: application/atom+xml\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        for (int i = 0; i < response.length; i++) {
            out.write(response[i]);
            out.flush();
            server.maxBytesSent.accumulateAndGet(i + 1, Math::max);
            Thread.sleep(1000);
        }
    }

    private void endless(OutputStream out, Server server) throws IOException, InterruptedException {
        byte[] response = ("HTTP/1.1 200 OK\r\nContent-Type: application/atom+xml\r\n\r\n" + feed("endless"))
                .getBytes(StandardCharsets.UTF_8);
        out.write(response);
        out.flush();
        server.maxBytesSent.accumulateAndGet(response.length, Math::max);
        while (true) {
            Thread.sleep(1000); // never close: a newline a second (legal after the root) until the client hangs up
            out.write('\n');
            out.flush();
        }
    }

    private void huge(OutputStream out, Server server) throws IOException {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Hostile huge</title><id>urn:veille:chaos:hostile:huge</id>\n<!--").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "-->\n</feed>\n".getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/atom+xml\r\nContent-Length: " + HUGE_BYTES
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(head);
        byte[] padding = new byte[64 * 1024];
        Arrays.fill(padding, (byte) 'x');
        long sent = head.length;
        while (sent < HUGE_BYTES - tail.length) {
            int n = (int) Math.min(padding.length, HUGE_BYTES - tail.length - sent);
            out.write(padding, 0, n);
            sent += n;
            server.maxBytesSent.accumulateAndGet(sent, Math::max);
        }
        out.write(tail);
        out.flush();
        server.maxBytesSent.accumulateAndGet(HUGE_BYTES, Math::max);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Override
    public void close() {
        for (ServerSocket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }
}
