package io.veille.localstack;

/** An Elasticsearch server that tests and {@code veille up} talk to, local process or container. */
public interface ElasticsearchServer extends AutoCloseable {
    /** Base URL, e.g. {@code http://127.0.0.1:9200}. */
    String url();

    /** Starts it (again) and waits until the cluster is green. */
    ElasticsearchServer start();

    /** Stops it cleanly; its data stays. */
    void stop();

    @Override
    void close();
}
