package io.veille.ingester.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.veille.ingester.normalize.ArticleNormalizer;
import io.veille.ingester.normalize.FeedContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mangled feeds (cut anywhere, bytes flipped, markup characters inserted) either parse or are refused
 * with a {@link FeedParseException}: no other exception escapes, and what parses also normalizes.
 */
class ParserRobustnessTest {
    private static final String[] INSERTS = {"<", "&", "]]>", "<![CDATA[", "\u0000", "</item>", "<item>", "\"", "&#xD800;", "<!DOCTYPE x>"};

    static Stream<Path> fixtures() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "parse"))) {
            s.filter(p -> !Files.isDirectory(p)).sorted().forEach(all::add);
        }
        try (Stream<Path> s = Files.list(Path.of("..", "samples", "feeds"))) {
            s.filter(p -> p.toString().matches(".*\\.(xml|json|rdf)$")).sorted().forEach(all::add);
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void mangledVariantsNeverThrowAnythingButFeedParseException(Path fixture) throws IOException {
        byte[] original = Files.readAllBytes(fixture);
        Random random = new Random(fixture.getFileName().toString().hashCode());
        FeedParser parser = new FeedParser(new FeedLimits(1 << 20, 200, 64 * 1024, 64));
        ArticleNormalizer normalizer = new ArticleNormalizer();
        FeedContext context = new FeedContext("fuzz", URI.create("https://demo.veille.test/feed"), "fuzz", Instant.parse("2026-02-09T00:00:00Z"));
        for (int i = 0; i < 40; i++) {
            byte[] variant = mangle(original, random);
            try {
                ParsedFeed feed = parser.parse(variant, null, context.feedUrl());
                assertThat(normalizer.normalize(feed, context)).hasSize(feed.entries().size());
            } catch (FeedParseException expected) {
                assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
            }
        }
    }

    private static byte[] mangle(byte[] in, Random r) {
        if (in.length == 0) {
            return in;
        }
        return switch (r.nextInt(3)) {
            case 0 -> java.util.Arrays.copyOf(in, r.nextInt(in.length));
            case 1 -> {
                byte[] out = in.clone();
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                }
                yield out;
            }
            default -> {
                int at = r.nextInt(in.length);
                byte[] insert = INSERTS[r.nextInt(INSERTS.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                byte[] out = new byte[in.length + insert.length];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(insert, 0, out, at, insert.length);
                System.arraycopy(in, at, out, at + insert.length, in.length - at);
                yield out;
            }
        };
    }
}
