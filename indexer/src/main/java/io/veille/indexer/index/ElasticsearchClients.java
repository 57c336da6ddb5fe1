package io.veille.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.veille.common.config.VeilleConfig;
import io.veille.common.event.EventJson;
import io.veille.indexer.IndexerSettings;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Collection;

/**
 * Builds the Elasticsearch client from the settings: one or several node URLs, the cluster's CA when it
 * uses a private one, then basic auth or an API key when configured.
 */
public final class ElasticsearchClients {
    private ElasticsearchClients() {
    }

    /** A client speaking JSON with Veille's own mapper (ISO dates). Close it with {@link #close}. */
    public static ElasticsearchClient create(IndexerSettings settings) {
        RestClientBuilder builder = RestClient.builder(hosts(settings.elasticsearchUrl()))
                .setRequestConfigCallback(request -> request.setConnectTimeout(5_000).setSocketTimeout(60_000));
        SSLContext tls = settings.caCertificate().isBlank() ? null : trusting(Path.of(settings.caCertificate()));
        BasicCredentialsProvider credentials = null;
        if (!settings.apiKey().isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        } else if (!settings.username().isBlank()) {
            credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(settings.username(), settings.password()));
        }
        BasicCredentialsProvider basicAuth = credentials;
        builder.setHttpClientConfigCallback(http -> {
            if (tls != null) {
                http.setSSLContext(tls);
            }
            if (basicAuth != null) {
                http.setDefaultCredentialsProvider(basicAuth);
            }
            return http;
        });
        RestClient rest = builder.build();
        // a copy: the client's mapper reconfigures the one it is given, and the shared one must stay as it is
        JacksonJsonpMapper mapper = new JacksonJsonpMapper(EventJson.mapper().copy());
        return new ElasticsearchClient(new RestClientTransport(rest, mapper));
    }

    /** Closes the client's connections; never throws. */
    public static void close(ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (Exception ignored) {
            // closing: nothing left to do
        }
    }

    /** {@code elasticsearch.url}: one URL or several separated by commas; the REST client spreads requests and skips dead nodes. */
    static HttpHost[] hosts(String urls) {
        HttpHost[] hosts = Arrays.stream(urls.split(","))
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(HttpHost::create)
                .toArray(HttpHost[]::new);
        if (hosts.length == 0) {
            throw new VeilleConfig.ConfigException("Configuration key 'elasticsearch.url' names no node");
        }
        return hosts;
    }

    /** A TLS context that trusts exactly the CA certificates of a PEM file (Elasticsearch's http_ca.crt). */
    static SSLContext trusting(Path pemFile) {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new VeilleConfig.ConfigException("elasticsearch.ca-certificate: no certificate in " + pemFile);
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("ca-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new VeilleConfig.ConfigException("elasticsearch.ca-certificate: cannot read " + pemFile + ": " + e.getMessage());
        }
    }
}
