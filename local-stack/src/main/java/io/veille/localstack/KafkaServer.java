package io.veille.localstack;

/** A Kafka broker that tests and {@code veille up} talk to, local process or container. */
public interface KafkaServer extends AutoCloseable {
    String bootstrapServers();

    /** Starts it (again) and waits until it answers. */
    KafkaServer start();

    /** Stops it cleanly; its data stays. */
    void stop();

    /** Stops it at once, like a crash. */
    void kill();

    @Override
    void close();
}
