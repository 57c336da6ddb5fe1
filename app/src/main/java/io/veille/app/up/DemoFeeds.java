package io.veille.app.up;

import io.veille.ingester.registry.FeedIds;
import io.veille.ingester.registry.FeedRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample feeds bundled in the launcher ({@code samples/feeds/} of the repository, as class-path
 * resources): copied once into a directory that a local server serves, and registered under the
 * address of that server.
 *
 * <p>Each feed keeps the id of its public address, {@code https://demo.veille.test/<file>}, whatever
 * the local port: a second run updates the same registry entries instead of adding new ones. The
 * articles keep their {@code https://demo.veille.test/} links, so their ids do not change either.
 */
public final class DemoFeeds {
    /** Where the samples claim to live; the path after the host is the file's path. */
    public static final URI PUBLIC_BASE = URI.create("https://demo.veille.test/");
    /** The class-path folder the build copies the samples into. */
    static final String RESOURCE_DIR = "/io/veille/app/demo/feeds/";

    private DemoFeeds() {
    }

    /** Whether a file name is one of the feed formats the samples use. */
    static boolean isFeed(String fileName) {
        return fileName.endsWith(".xml") || fileName.endsWith(".json") || fileName.endsWith(".rdf");
    }

    /**
     * Copies the bundled feeds into {@code dir} unless it already holds feeds (a previous run's copy,
     * perhaps edited since: it is kept as it is), and writes the {@link DemoAgenda} of {@code today} next
     * to them. Returns the feed file names found in {@code dir}, sorted.
     */
    public static List<String> install(Path dir, LocalDate today) {
        try {
            if (feedFiles(dir).stream().allMatch(DemoAgenda.FILE::equals)) {
                Files.createDirectories(dir);
                copyBundled(dir);
            }
            DemoAgenda.write(dir, today);
            List<String> names = feedFiles(dir);
            if (names.isEmpty()) {
                throw new IllegalStateException("no sample feeds are bundled in this launcher (" + RESOURCE_DIR + ")");
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the sample feeds to " + dir, e);
        }
    }

    /** The feed files directly in {@code dir}, sorted; empty when it does not exist. */
    static List<String> feedFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(DemoFeeds::isFeed).sorted().toList();
        }
    }

    /**
     * The registry entries of the feeds {@code names}, fetched from {@code localBase} (the local
     * server's address, ending with {@code /}), with ids of their public address.
     */
    public static List<FeedRecord> records(List<String> names, URI localBase, Instant addedAt) {
        List<FeedRecord> records = new ArrayList<>();
        for (String name : names) {
            String url = localBase.resolve(name).toString();
            String id = FeedIds.of(PUBLIC_BASE.resolve(name).toString());
            records.add(new FeedRecord(id, url, null, null, List.of(), true, false, null, null, null, addedAt));
        }
        return records;
    }

    private static void copyBundled(Path dir) throws IOException {
        URL folder = DemoFeeds.class.getResource(RESOURCE_DIR);
        if (folder == null) {
            return;
        }
        URI uri;
        try {
            uri = folder.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copyFeeds(jar.provider().getPath(uri), dir);
            } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                copyFeeds(Path.of(uri), dir);
            }
        } else {
            copyFeeds(Path.of(uri), dir);
        }
    }

    private static void copyFeeds(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replace("/", "");
                if (isFeed(name)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        Files.copy(in, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
