package dev.exoplan.io.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether this process's standard input is really one. A program started with descriptor 0 closed
 * ({@code <&-}, as daemons and cron wrappers leave it) has no standard input, but Java cannot see that:
 * the JVM opens its own files at start-up and the first one takes the lowest free descriptor, 0 — on
 * Linux its class library {@code lib/modules}, so that {@code System.in} would read the JDK's own bytes.
 */
public final class StandardInput {

    /** Standard input that is closed: every read fails, as on a closed descriptor. */
    public static final InputStream CLOSED = new InputStream() {
        @Override
        public int read() throws IOException {
            throw new IOException("standard input is closed");
        }
    };

    private StandardInput() {
    }

    private static Boolean closedAtStart;

    /**
     * Whether descriptor 0 was closed when this process started (asked once). On Linux, descriptor 0
     * is then missing, or is a file the JVM opened for itself — its {@code lib/modules}, a jar of its
     * class path, a start-up archive — and holds it only there (standard input redirected from such a
     * file leaves the JVM its own descriptor of it too, so that it is two). Where there is no
     * {@code /proc} this cannot be told, and standard input counts as open.
     */
    public static synchronized boolean closedAtStart() {
        if (closedAtStart == null) {
            closedAtStart = probe();
        }
        return closedAtStart;
    }

    private static boolean probe() {
        Path descriptors = Path.of("/proc/self/fd");
        Path target;
        try {
            target = Files.readSymbolicLink(descriptors.resolve("0"));
        } catch (NoSuchFileException e) {
            return Files.isDirectory(descriptors);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        if (!jvmsOwn(target)) {
            return false;
        }
        try (Stream<Path> all = Files.list(descriptors)) {
            return all.filter(fd -> target.equals(link(fd))).count() == 1;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Whether {@code file} is one the JVM opens for itself and keeps open. */
    private static boolean jvmsOwn(Path file) {
        String name = file.toString();
        if (name.endsWith(".jsa") || name.endsWith(".aot")) {
            return true;
        }
        Set<Path> own = new HashSet<>();
        own.add(real(Path.of(System.getProperty("java.home", ""), "lib", "modules")));
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                own.add(real(Path.of(entry)));
            }
        }
        return own.contains(file);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | RuntimeException e) {
            return path.toAbsolutePath();
        }
    }

    private static Path link(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null; // closed since it was listed
        }
    }
}
