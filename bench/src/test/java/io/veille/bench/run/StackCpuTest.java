package io.veille.bench.run;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StackCpuTest {

    @Test
    void rolesAreToldByTheMainClassNotByTheJarsOnTheClassPath() {
        String cp = "-cp /m2/org/apache/kafka/kafka-clients.jar:/m2/co/elastic/elasticsearch-java.jar ";
        assertThat(StackCpu.role("/usr/bin/java -Xmx256m " + cp + "io.veille.bench.ServiceMain enrich --config x")).isEqualTo("enricher");
        assertThat(StackCpu.role("/usr/bin/java -Xmx256m " + cp + "io.veille.bench.ServiceMain index --config x")).isEqualTo("indexer");
        assertThat(StackCpu.role("/opt/es/jdk/bin/java -Xms1g -m org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch"))
                .isEqualTo("elasticsearch");
        assertThat(StackCpu.role("/usr/bin/java -cp /k/libs/* io.veille.localstack.Lifeline kafka.Kafka /k/server.properties"))
                .isEqualTo("kafka");
        assertThat(StackCpu.role("bash -c exec setpriv --reuid nobody /opt/es/bin/elasticsearch")).isNull();
    }

    @Test
    void theBenchItselfIsCountedAndSpendingIsTheDifferenceOfTwoSnapshots() {
        Map<String, Double> before = StackCpu.snapshot();
        long sum = 0;
        for (int i = 0; i < 50_000_000; i++) {
            sum += i % 7;
        }
        Map<String, Double> after = StackCpu.snapshot();
        assertThat(sum).isPositive();
        assertThat(before).containsKey("bench");
        assertThat(StackCpu.between(before, after).get("bench")).isGreaterThanOrEqualTo(0.0)
                .isCloseTo(after.get("bench") - before.get("bench"), within(1e-9));
    }
}
