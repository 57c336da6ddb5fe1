package io.veille.localstack;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class LocalKafkaClassPathTest {
    @Test
    void theChildGetsEveryEntryOfTheClassPathAsAnAbsolutePath() {
        String original = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", String.join(File.pathSeparator, "app/target/veille.jar", "", "/opt/lib/x.jar", "lib/../other.jar"));
            String[] entries = LocalKafka.absoluteClassPath().split(File.pathSeparator);
            Path here = Path.of("").toAbsolutePath();
            assertThat(Arrays.stream(entries).map(Path::of)).allSatisfy(path -> assertThat(path).isAbsolute());
            assertThat(entries).containsExactly(here.resolve("app/target/veille.jar").toString(), "/opt/lib/x.jar",
                    here.resolve("other.jar").toString());
        } finally {
            System.setProperty("java.class.path", original);
        }
    }
}
