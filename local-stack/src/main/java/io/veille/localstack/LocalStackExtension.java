package io.veille.localstack;

import io.veille.common.kafka.VeilleTopics;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JUnit 5 extension that starts a real Kafka and a real Elasticsearch once per test JVM and hands
 * them to tests as a {@link LocalStack} parameter:
 *
 * <pre>{@code
 * @ExtendWith(LocalStackExtension.class)
 * class SomethingIT {
 *     @Test void works(LocalStack stack) { ... stack.kafka().bootstrapServers() ... }
 * }
 * }</pre>
 *
 * By default both run as local child processes (no Docker needed). With {@code -Dveille.stack=docker}
 * and a Docker daemon that answers, Testcontainers runs them instead. The stack is stopped, and its
 * files deleted, when the test JVM's root context closes.
 */
public final class LocalStackExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("stack", key -> new StartedStack(start()), StartedStack.class)
                .stack;
    }

    private static LocalStack start() {
        if ("docker".equals(System.getProperty("veille.stack")) && ContainerStack.dockerAnswers()) {
            return ContainerStack.start(VeilleTopics.withDefaultPrefix(), 3);
        }
        try {
            Path workDir = Files.createTempDirectory("veille-test-stack-");
            return LocalStack.startLocal(workDir, 0, 0, true, VeilleTopics.withDefaultPrefix(), 3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the stack when JUnit closes the root context's store (at the end of the test JVM). */
    private record StartedStack(LocalStack stack) implements AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }
}
