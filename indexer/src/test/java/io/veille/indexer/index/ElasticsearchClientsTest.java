package io.veille.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.veille.common.config.VeilleConfig;
import io.veille.indexer.IndexerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's connection settings against small local HTTP(S) servers that answer like an Elasticsearch
 * node: a private CA given by {@code elasticsearch.ca-certificate}, several node URLs with one dead.
 */
class ElasticsearchClientsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path certs;

    private final List<HttpServer> servers = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void selfSignedCertificate() throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", certs.resolve("node.p12").toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        run(keytool, "-exportcert", "-rfc", "-alias", "node", "-keystore", certs.resolve("node.p12").toString(),
                "-storepass", "changeit", "-file", certs.resolve("http_ca.crt").toString());
    }

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void anHttpsNodeSignedByAPrivateCaIsReachedWithTheCaCertificate() throws Exception {
        String url = "https://127.0.0.1:" + start(https()).getAddress().getPort();

        ElasticsearchClient trusting = ElasticsearchClients.create(settings(url, certs.resolve("http_ca.crt").toString()));
        try {
            assertThat(trusting.ping().value()).isTrue();
        } finally {
            ElasticsearchClients.close(trusting);
        }
        assertThat(requests).hasValue(1);
    }

    @Test
    void withoutTheCaCertificateTheSameNodeIsRefused() throws Exception {
        String url = "https://127.0.0.1:" + start(https()).getAddress().getPort();

        ElasticsearchClient defaultTrust = ElasticsearchClients.create(settings(url, ""));
        try {
            assertThatThrownBy(() -> defaultTrust.ping()).hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
        } finally {
            ElasticsearchClients.close(defaultTrust);
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void aDeadNodeInTheListIsSkipped() throws Exception {
        String dead = "http://127.0.0.1:" + freePort();
        String alive = "http://127.0.0.1:" + start(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0)).getAddress().getPort();

        ElasticsearchClient client = ElasticsearchClients.create(settings(dead + " , " + alive, ""));
        try {
            for (int i = 0; i < 4; i++) {
                assertThat(client.ping().value()).isTrue();
            }
        } finally {
            ElasticsearchClients.close(client);
        }
        assertThat(requests).hasValue(4);
    }

    @Test
    void anUnreadableCaFileOrAnEmptyUrlListIsAConfigurationError() {
        assertThatThrownBy(() -> ElasticsearchClients.trusting(certs.resolve("missing.crt")))
                .isInstanceOf(VeilleConfig.ConfigException.class).hasMessageContaining("elasticsearch.ca-certificate");
        assertThatThrownBy(() -> ElasticsearchClients.hosts(" , "))
                .isInstanceOf(VeilleConfig.ConfigException.class).hasMessageContaining("elasticsearch.url");
    }

    private static IndexerSettings settings(String url, String ca) {
        Map<String, String> overrides = Map.of("VEILLE_ELASTICSEARCH_URL", url, "VEILLE_ELASTICSEARCH_CA_CERTIFICATE", ca);
        return IndexerSettings.from(VeilleConfig.load(null, overrides));
    }

    private HttpServer start(HttpServer server) {
        // answers like a node to the client's ping (HEAD /), product header included
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return server;
    }

    private static HttpsServer https() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(certs.resolve("node.p12"))) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
    }
}
