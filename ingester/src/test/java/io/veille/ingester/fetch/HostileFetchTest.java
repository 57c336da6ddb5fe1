package io.veille.ingester.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static io.veille.ingester.fetch.TestFeedServer.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fetcher against servers that attack it: compression bombs, and host names or redirects that
 * lead to addresses inside the network (SSRF). Names are mapped through the guard's resolver seam, so
 * no test touches the system's DNS or {@code /etc/hosts}.
 */
class HostileFetchTest {
    private static final int CAP = 1024 * 1024;
    /** Names an attacker controls, each resolving to an address inside the network. */
    private static final Map<String, String> HOSTILE_DNS = Map.of(
            "intranet.attacker.example", "10.20.30.40",
            "router.attacker.example", "192.168.1.1",
            "cgnat.attacker.example", "100.64.1.1",
            "metadata.attacker.example", "169.254.169.254",
            "localhost.attacker.example", "127.0.0.1",
            "v6-loopback.attacker.example", "::1",
            "v6-private.attacker.example", "fd00:ec2::254",
            "v6-link-local.attacker.example", "fe80::1",
            "v6-mapped.attacker.example", "::ffff:169.254.169.254",
            "zero.attacker.example", "0.0.0.0");

    private final TestFeedServer server;
    private final List<String> resolved = new CopyOnWriteArrayList<>();

    HostileFetchTest() throws IOException {
        server = new TestFeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Maps the hostile names above, and IP literals to themselves; anything else is unknown. */
    private InetAddress[] resolve(String host) throws UnknownHostException {
        resolved.add(host);
        String address = HOSTILE_DNS.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }

    /** A fetcher that, like the demo, may reach the test server on 127.0.0.1, and nothing else inside. */
    private Fetcher fetcher(boolean allowLoopback) {
        return fetcher(allowLoopback, CAP);
    }

    private Fetcher fetcher(boolean allowLoopback, int cap) {
        FetchSettings settings = FetchSettings.defaults().withAllowLoopback(allowLoopback).withPerHostDelay(Duration.ZERO)
                .withTimeout(Duration.ofSeconds(60)).withMaxBytes(cap);
        return new Fetcher(settings, new AddressGuard(allowLoopback, false, this::resolve),
                new HostPoliteness(2, Duration.ZERO, Duration.ofMinutes(1), Clock.systemUTC()), Clock.systemUTC());
    }

    private static byte[] gzipOfZeros(long size) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] zeros = new byte[64 * 1024];
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            for (long written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return buf.toByteArray();
    }

    @Test
    void aGzipBombSmallerThanTheCapIsCutAtTheCapOnceDecoded() throws Exception {
        byte[] bomb = gzipOfZeros(64L * 1024 * 1024); // 64 MiB of zeros in about 64 KB
        assertThat(bomb.length).isLessThan(CAP);
        server.on("/bomb.xml", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestFeedServer.send(ex, 200, "application/rss+xml", bomb);
        });
        FetchResult result = fetcher(true).fetch(FetchRequest.of(server.url("/bomb.xml")));
        assertThat(result.truncated()).isTrue();
        assertThat(result.body().length).isLessThanOrEqualTo(CAP + 1);
    }

    @Test
    void anEndlessDeflateStreamIsCutWhileItStreams() throws Exception {
        server.on("/endless.xml", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            byte[] zeros = new byte[64 * 1024];
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, true)) {
                while (true) { // until the client hangs up: an IOException ends the handler
                    deflate.write(zeros);
                    deflate.flush();
                }
            }
        });
        int cap = 64 * 1024;
        FetchResult result = fetcher(true, cap).fetch(FetchRequest.of(server.url("/endless.xml")));
        assertThat(result.truncated()).isTrue();
        assertThat(result.body().length).isLessThanOrEqualTo(cap + 1);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"intranet.attacker.example, private", "router.attacker.example, private", "cgnat.attacker.example, private",
            "metadata.attacker.example, link-local", "localhost.attacker.example, loopback",
            "v6-loopback.attacker.example, loopback", "v6-private.attacker.example, private",
            "v6-link-local.attacker.example, link-local", "v6-mapped.attacker.example, link-local",
            "zero.attacker.example, unspecified"})
    void aNameResolvingInsideTheNetworkIsRefusedBeforeAnyConnection(String host, String kind) {
        assertThatThrownBy(() -> fetcher(false).fetch(FetchRequest.of(URI.create("http://" + host + "/feed.xml"))))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining(kind);
        assertThat(resolved).containsExactly(host);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http://[::1]:8080/feed.xml, loopback", "http://[::ffff:7f00:1]/feed.xml, loopback",
            "http://[fd12:3456::1]/, private", "http://[fe80::1]/, link-local", "http://[::ffff:10.1.2.3]/, private",
            "http://127.1.2.3/, loopback", "http://169.254.169.254/latest/meta-data/, link-local",
            "http://[::ffff:169.254.169.254]/latest/meta-data/, link-local", "http://[::]/, unspecified"})
    void addressLiteralsInsideTheNetworkAreRefused(String url, String kind) {
        assertThatThrownBy(() -> fetcher(false).fetch(FetchRequest.of(URI.create(url))))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http://intranet.attacker.example/admin, private", "http://metadata.attacker.example/latest/meta-data/, link-local",
            "http://v6-private.attacker.example/, private", "http://[fe80::1]/, link-local", "file:///etc/passwd, only http"})
    void aRedirectToANameOrAddressInsideTheNetworkIsRefused(String location, String kind) throws Exception {
        server.on("/hop.xml", ex -> redirect(ex, 302, location));
        assertThatThrownBy(() -> fetcher(true).fetch(FetchRequest.of(server.url("/hop.xml"))))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining(kind);
        assertThat(server.hits("/hop.xml")).isEqualTo(1);
    }

    @Test
    void aNameThatRebindsToAPrivateAddressAfterTheFirstCheckIsRefusedBeforeTheConnection() {
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        AddressGuard rebinding = new AddressGuard(false, false, host -> new InetAddress[] {InetAddress.getByName(
                lookups.incrementAndGet() == 1 ? "93.184.216.34" : "10.0.0.8")});
        Fetcher fetcher = new Fetcher(FetchSettings.defaults().withPerHostDelay(Duration.ZERO), rebinding,
                new HostPoliteness(2, Duration.ZERO, Duration.ofMinutes(1), Clock.systemUTC()), Clock.systemUTC());
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(URI.create("http://rebind.attacker.example/feed.xml"))))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining("private address 10.0.0.8");
        assertThat(lookups.get()).isEqualTo(2);
    }
}
