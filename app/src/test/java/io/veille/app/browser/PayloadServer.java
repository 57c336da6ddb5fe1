package io.veille.app.browser;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The address every cross-site-scripting payload points at: a local HTTP server that only records what reaches
 * it. A payload that executes (a script, an image, a style sheet, a frame) shows up here as a request.
 */
public final class PayloadServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public PayloadServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    /** The unique address of payload {@code n}: {@code http://127.0.0.1:PORT/xss-n}. */
    public String address(int n) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xss-" + n;
    }

    /** Every request that reached the server so far, as {@code METHOD /path}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
