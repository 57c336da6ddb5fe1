package io.veille.indexer.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchFormTest {
    private static void refused(String body, String why) {
        assertThatThrownBy(() -> WatchForm.read(body.getBytes(StandardCharsets.UTF_8), Clock.systemUTC()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining(why);
    }

    @Test
    void aFieldGivenTwiceIsRefusedRatherThanReadOneWayOrTheOther() {
        refused("{\"name\":\"first\",\"topicsAny\":[\"ai\"],\"name\":\"second\"}", "JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"\\ud800\",\"topicsAny\":[\"ai\"]}", "{\"name\":\"a\\udc00b\",\"topicsAny\":[\"ai\"]}",
            "{\"name\":\"bell\\u0007\",\"topicsAny\":[\"ai\"]}", "{\"name\":\"n\",\"keywords\":[\"nul\\u0000\"]}",
            "{\"name\":\"n\",\"sources\":[\"\\ud83d\"]}"})
    void textThatIsNotPrintableIsRefused(String body) {
        refused(body, "must");
    }

    @Test
    void printableTextWithEmojiAndAccentsIsKept() {
        var watch = WatchForm.read("{\"name\":\"Souveraineté 😀\",\"keywords\":[\"cloud de confiance\"]}".getBytes(StandardCharsets.UTF_8),
                Clock.systemUTC());
        assertThat(watch.name()).isEqualTo("Souveraineté 😀");
    }
}
