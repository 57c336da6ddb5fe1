package io.veille.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
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

/** Builds the Elasticsearch client from the settings: URL, then basic auth or an API key when configured. */
public final class ElasticsearchClients {
    private ElasticsearchClients() {
    }

    /** A client speaking JSON with Veille's own mapper (ISO dates). Close it with {@link #close}. */
    public static ElasticsearchClient create(IndexerSettings settings) {
        RestClientBuilder builder = RestClient.builder(HttpHost.create(settings.elasticsearchUrl()))
                .setRequestConfigCallback(request -> request.setConnectTimeout(5_000).setSocketTimeout(60_000));
        if (!settings.apiKey().isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        } else if (!settings.username().isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(settings.username(), settings.password()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
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
}
