package io.veille.localstack;

import io.veille.common.kafka.VeilleTopics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The Testcontainers path: runs only where a Docker daemon answers, and is skipped cleanly elsewhere. */
@EnabledIf("dockerAnswers")
class ContainerStackIT {
    static boolean dockerAnswers() {
        return ContainerStack.dockerAnswers();
    }

    @Test
    void containersServeTheSameStack() throws Exception {
        try (LocalStack stack = ContainerStack.start(VeilleTopics.withDefaultPrefix(), 3)) {
            assertThat(stack.createTopics(3)).isEmpty();
            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(stack.elasticsearch().url() + "/_cluster/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }
}
