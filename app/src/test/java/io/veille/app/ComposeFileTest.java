package io.veille.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.veille.common.config.VeilleConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so the compose file is checked against what the application reads:
 * every Veille service runs a real subcommand, every VEILLE_ variable names a configuration key, the
 * addresses point at services of the file on the ports they listen on, and the API publishes the port
 * it is told to listen on.
 */
class ComposeFileTest {
    private static JsonNode services;
    private static final Set<String> ENV_KEYS = VeilleConfig.defaults().asMap().keySet().stream()
            .map(VeilleConfig::envName).collect(Collectors.toSet());

    @BeforeAll
    static void read() throws Exception {
        Path compose = Path.of("..", "docker-compose.yml");
        services = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(compose)).get("services");
    }

    private static List<String> veilleServices() {
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(name -> {
            if (services.get(name).has("build")) {
                names.add(name);
            }
        });
        return names;
    }

    @Test
    void theStackHasKafkaElasticsearchKibanaAndTheFourServices() {
        assertThat(services.get("kafka").get("image").asText()).startsWith("apache/kafka:4.");
        assertThat(services.get("elasticsearch").get("image").asText()).startsWith("elasticsearch:8.19.");
        assertThat(services.get("kibana").get("image").asText()).startsWith("kibana:8.19.");
        assertThat(veilleServices()).containsExactlyInAnyOrder("ingester", "enricher", "indexer", "api");
    }

    @Test
    void everyServiceRunsAVeilleCommandThatExists() {
        Set<String> commands = Veille.commandLine().getSubcommands().keySet();
        for (String name : veilleServices()) {
            assertThat(commands).as(name).contains(services.get(name).get("command").get(0).asText());
        }
    }

    @Test
    void everyVeilleVariableIsAConfigurationKeyAndEveryAddressAServiceOfTheFile() {
        for (String name : veilleServices()) {
            JsonNode env = services.get(name).get("environment");
            env.fieldNames().forEachRemaining(variable -> assertThat(ENV_KEYS).as(name + " " + variable).contains(variable));
            assertThat(env.get("VEILLE_KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
            URI es = URI.create(env.get("VEILLE_ELASTICSEARCH_URL").asText());
            assertThat(services.has(es.getHost())).as("Elasticsearch host is a service").isTrue();
            assertThat(es.getPort()).isEqualTo(9200);
            assertThat(services.get(name).get("depends_on").get("kafka").get("condition").asText()).isEqualTo("service_healthy");
        }
        assertThat(services.get("kafka").get("environment").get("KAFKA_ADVERTISED_LISTENERS").asText()).isEqualTo("PLAINTEXT://kafka:9092");
    }

    @Test
    void theApiPublishesThePortItListensOnOnEveryInterface() {
        JsonNode api = services.get("api");
        String port = api.get("environment").get("VEILLE_API_PORT").asText();
        assertThat(api.get("environment").get("VEILLE_API_HOST").asText()).isEqualTo("0.0.0.0");
        assertThat(api.get("ports").get(0).asText()).endsWith(":" + port);
        assertThat(api.get("healthcheck").get("test").toString()).contains("/tcp/localhost/" + port);
    }

    @Test
    void everyInfrastructureServiceHasAHealthCheckTheServicesWaitFor() {
        for (String infra : List.of("kafka", "elasticsearch")) {
            assertThat(services.get(infra).has("healthcheck")).as(infra).isTrue();
        }
    }
}
