package io.veille.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Elasticsearch server distribution ({@code org.elasticsearch.distribution.integ-test-zip}),
 * resolved by Maven into the local repository — never downloaded by this code — and unpacked once
 * into a shared, read-only cache that every local instance runs from.
 */
final class ElasticsearchDistribution {
    private static final String BUILD_INFO = "/veille/local-stack.properties";

    private ElasticsearchDistribution() {
    }

    static String version() {
        return buildInfo().getProperty("elasticsearch.version");
    }

    /** The unpacked distribution's home, unpacking it first if this is the first use on this machine. */
    static Path home() {
        Path zip = zip();
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "veille-dist");
        Path home = cache.resolve("elasticsearch-" + version());
        if (Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            return home;
        }
        try {
            Files.createDirectories(cache);
            Unprivileged.makeTraversable(cache);
            Path staging = Files.createTempDirectory(cache, "unpacking-");
            unzip(zip, staging);
            Path unpacked = staging.resolve("elasticsearch-" + version());
            try (var files = Files.walk(unpacked.resolve("bin"))) {
                files.filter(Files::isRegularFile).forEach(f -> f.toFile().setExecutable(true, false));
            }
            try (var tree = Files.walk(staging)) {
                tree.forEach(p -> {
                    p.toFile().setReadable(true, false);
                    if (Files.isDirectory(p)) {
                        p.toFile().setExecutable(true, false);
                    }
                });
            }
            try {
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                // another JVM unpacked it meanwhile: use theirs
            } catch (IOException e) {
                if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
                    throw e;
                }
            }
            LocalStackFiles.deleteTree(staging);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " into " + cache, e);
        }
    }

    /** Where Maven put the zip: {@code -Dveille.elasticsearch.zip}, else the path the build recorded. */
    static Path zip() {
        String override = System.getProperty("veille.elasticsearch.zip", System.getenv("VEILLE_ELASTICSEARCH_ZIP"));
        Path zip = Path.of(override != null ? override : buildInfo().getProperty("elasticsearch.zip"));
        if (!Files.isRegularFile(zip)) {
            throw new LocalServerException("The Elasticsearch distribution is not at " + zip
                    + ": build the project with Maven first (it resolves "
                    + "org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + version() + ":zip)");
        }
        return zip;
    }

    private static Properties buildInfo() {
        Properties properties = new Properties();
        try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream(BUILD_INFO)) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Missing " + BUILD_INFO + " (written by the build)", e);
        }
        return properties;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
