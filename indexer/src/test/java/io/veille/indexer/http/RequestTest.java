package io.veille.indexer.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestTest {
    @Test
    void queryParametersAreDecodedAndRepeatable() {
        assertThat(Request.parseQuery("q=logiciel+libre&topic=ai&topic=open-source&empty"))
                .containsEntry("q", List.of("logiciel libre"))
                .containsEntry("topic", List.of("ai", "open-source"))
                .containsEntry("empty", List.of(""));
    }

    @Test
    void aBrokenPercentEscapeIsABadRequest() {
        assertThatThrownBy(() -> Request.parseQuery("q=%E0%A4%A"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
