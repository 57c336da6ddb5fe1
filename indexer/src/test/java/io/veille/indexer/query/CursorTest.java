package io.veille.indexer.query;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {
    @Test
    void aCursorSurvivesTheRoundTripWithItsTypes() {
        Cursor cursor = new Cursor(List.of(6.25, 1_795_161_639_000L, "24cb00a4"));
        assertThat(Cursor.decode(cursor.encode()).values()).containsExactly(6.25, 1_795_161_639_000L, "24cb00a4");
    }

    @Test
    void refusesAnythingButAShortArrayOfScalars() {
        for (String json : List.of("{\"query\":{\"match_all\":{}}}", "[]", "[1,2,3,4,5]", "[{\"a\":1}]", "[true]", "not json")) {
            String encoded = Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> Cursor.decode(encoded)).as(json).isInstanceOf(InvalidParameterException.class);
        }
    }
}
