package io.veille.indexer.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One HTTP request as the routes see it: method, path, decoded query parameters, path variables, body. */
public final class Request {
    static final int MAX_BODY = 64 * 1024;
    /** How much of a body over {@link #MAX_BODY} is read and dropped before answering 413. */
    private static final long MAX_DRAIN = 2L * 1024 * 1024;

    private final HttpExchange exchange;
    private final Map<String, List<String>> query;
    private final List<String> pathVariables;

    Request(HttpExchange exchange, List<String> pathVariables) {
        this.exchange = exchange;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.pathVariables = pathVariables;
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    public Map<String, List<String>> query() {
        return query;
    }

    /** The query parameters, refusing any not in {@code allowed}. */
    public Map<String, List<String>> query(Set<String> allowed) {
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                throw new ApiException(400, "unknown parameter '" + (name.length() > 40 ? name.substring(0, 40) : name)
                        .replaceAll("\\p{Cntrl}", "?") + "'");
            }
        }
        return query;
    }

    /** One query parameter, or null; given twice is a 400. */
    public String param(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new ApiException(400, name + " is given more than once");
        }
        return values.get(0);
    }

    public String pathVariable(int index) {
        return pathVariables.get(index);
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The body, at most {@link #MAX_BODY} bytes. */
    public byte[] body() throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                drain(in); // a client still sending reads the 413 rather than a reset connection
                throw new ApiException(413, "the body is larger than " + MAX_BODY + " bytes");
            }
            return body;
        }
    }

    /**
     * Reads and drops up to {@link #MAX_DRAIN} more bytes: closing a socket with unread input resets the
     * connection, and the client may then lose the answer already sent.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = MAX_DRAIN;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    HttpExchange exchange() {
        return exchange;
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "the query string is not valid URL encoding");
        }
    }
}
