package io.veille.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Elasticsearch refuses to run as root. When this JVM is root (as in CI), servers are started as the
 * unprivileged user {@code nobody} through {@code setpriv}, on files handed over to that user.
 */
final class Unprivileged {
    static final String USER = "nobody";
    private static final int NOBODY_ID = 65534;

    private Unprivileged() {
    }

    static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The prefix that runs a command as {@code nobody}; empty when not root. */
    static List<String> commandPrefix() {
        if (!runningAsRoot()) {
            return List.of();
        }
        return List.of("setpriv", "--reuid=" + NOBODY_ID, "--regid=" + NOBODY_ID, "--clear-groups", "--");
    }

    /** Gives {@code dir} and everything under it to {@code nobody} when root; does nothing otherwise. */
    static void handOver(Path dir) {
        if (!runningAsRoot()) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
            var user = lookup.lookupPrincipalByName(USER);
            var group = lookup.lookupPrincipalByGroupName("nogroup");
            for (Path path : (Iterable<Path>) tree::iterator) {
                Files.setOwner(path, user);
                Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).setGroup(group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + dir + " over to " + USER, e);
        }
    }

    /**
     * True when {@code nobody} can reach {@code dir}: every ancestor is traversable by others.
     * A clone under {@code /root} is not, so its servers' files must live elsewhere.
     */
    static boolean reachable(Path dir) {
        if (!runningAsRoot()) {
            return true;
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    static void makeTraversable(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, Set.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
    }
}
