package io.veille.enricher.taxonomy;

import io.veille.enricher.tagging.TopicTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxonomyLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theBundledTaxonomyHasAVersionAndEveryTopicOfTheDesign() {
        Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        assertThat(taxonomy.version()).isNotBlank();
        assertThat(taxonomy.topicIds()).containsExactlyInAnyOrder("open-source", "digital-sovereignty",
                "devops-events", "cloud-native", "security", "ai", "policy-regulation", "privacy");
        for (TopicRule topic : taxonomy.topics()) {
            assertThat(topic.terms()).as(topic.id()).containsKeys("fr", "en");
        }
    }

    @Test
    void aUserFileAddsATopicWithoutARebuild() throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, """
                version: "mine-3"
                defaults: { threshold: 2.0, title-boost: 1.5 }
                topics:
                  - id: quantum
                    label: Quantum computing
                    terms:
                      fr: { "ordinateur quantique": 2.0, "qubit": 1.5 }
                      en: { "quantum computer": 2.0, "qubit": 1.5 }
                """);
        Taxonomy taxonomy = TaxonomyLoader.load(file);
        assertThat(taxonomy.version()).isEqualTo("mine-3");
        assertThat(new TopicTagger(taxonomy).tag("Un ordinateur quantique de 1 000 qubits", "", "fr"))
                .extracting(t -> t.id()).containsExactly("quantum");
    }

    @Test
    void topicSettingsOverrideTheDefaults() throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, """
                version: "1"
                defaults: { threshold: 2.0, title-boost: 1.5 }
                topics:
                  - { id: a, terms: { en: { x: 1 } } }
                  - { id: b, threshold: 4.5, title-boost: 3, terms: { en: { y: 1 } } }
                """);
        Taxonomy taxonomy = TaxonomyLoader.load(file);
        assertThat(taxonomy.topics().get(0).threshold()).isEqualTo(2.0);
        assertThat(taxonomy.topics().get(1).threshold()).isEqualTo(4.5);
        assertThat(taxonomy.topics().get(1).titleBoost()).isEqualTo(3.0);
    }

    @Test
    void aFileWithoutVersionIsRefused() throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, "topics:\n  - { id: a, terms: { en: { x: 1 } } }\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(file)).isInstanceOf(TaxonomyException.class).hasMessageContaining("version");
    }

    @Test
    void aMisspelledKeyIsRefusedRatherThanIgnored() throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, "version: '1'\ntopics:\n  - { id: a, treshold: 3, terms: { en: { x: 1 } } }\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(file)).isInstanceOf(TaxonomyException.class).hasMessageContaining("treshold");
    }

    @Test
    void anInvalidTopicIdIsRefused() throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, "version: '1'\ntopics:\n  - { id: 'Open Source', terms: { en: { x: 1 } } }\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(file)).isInstanceOf(TaxonomyException.class);
    }

    @Test
    void aMissingFileIsReportedWithItsName() {
        Path file = dir.resolve("absent.yaml");
        assertThatThrownBy(() -> TaxonomyLoader.load(file)).isInstanceOf(TaxonomyException.class).hasMessageContaining("absent.yaml");
    }
}
