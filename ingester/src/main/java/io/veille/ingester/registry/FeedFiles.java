package io.veille.ingester.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Reads a feed list from a file: OPML ({@code .opml}, {@code .xml}, or content starting with {@code <}) or YAML. */
public final class FeedFiles {
    private FeedFiles() {
    }

    public static List<FeedRecord> read(Path file, Instant now) throws FeedFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FeedFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String start = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        boolean xml = name.endsWith(".opml") || name.endsWith(".xml") || start.startsWith("<") || start.startsWith("\uFEFF<");
        try {
            return xml ? Opml.read(bytes, now) : YamlFeeds.read(bytes, now);
        } catch (FeedFileException e) {
            throw new FeedFileException(file + ": " + e.getMessage(), e);
        }
    }
}
