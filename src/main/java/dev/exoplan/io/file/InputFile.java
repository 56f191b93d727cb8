package dev.exoplan.io.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where input comes from: a file named on the command line, read as a stream of bytes whatever it is.
 * A regular file is read as it is; anything else (a pipe, a FIFO, {@code /dev/stdin}, a process
 * substitution {@code <(…)}, a device) is read only forward, since the JDK's file streams ask such a
 * file for its position or size ({@code available()}, {@code readAllBytes()}) and get "Illegal seek".
 */
public final class InputFile {

    /** The names that stand for standard input: {@code -}, and the paths that lead to descriptor 0. */
    private static final Set<String> STANDARD_INPUT = Set.of("-", "/dev/stdin", "/dev/fd/0",
            "/proc/self/fd/0");

    private InputFile() {
    }

    /** Opens {@code path} for reading, as a stream that never seeks unless the file is a regular one. */
    public static InputStream open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        return Files.isRegularFile(path) ? in : forwardOnly(in);
    }

    /** Whether the file {@code path} can be read again from its start (a regular file), not a stream read once. */
    public static boolean rereadable(Path path) {
        return Files.isRegularFile(path) && !isStandardInput(path.toString());
    }

    /** How an input is named in messages: {@code <stdin>} for {@code -}, else as given. */
    public static String shown(String name) {
        return name.equals("-") ? "<stdin>" : name;
    }

    /** Whether {@code name}, as given on the command line, is standard input ({@code -} or {@code /dev/stdin}). */
    public static boolean isStandardInput(String name) {
        return STANDARD_INPUT.contains(name);
    }

    /**
     * {@code in} with only {@code read} and {@code close} passed on: {@code available()} is 0 and
     * {@code readNBytes}, {@code readAllBytes}, {@code skip} and {@code transferTo} read forward in turn.
     */
    public static InputStream forwardOnly(InputStream in) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return in.read(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
