package dev.exoplan.io.file;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Standard output as a {@link PrintWriter} (UTF-8, buffered) that remembers why it failed. A
 * PrintWriter only says that it failed ({@link #checkError}); a command must also tell a reader that
 * went away ({@code | head}), which is no error, from a full disk or a failing device, which is.
 */
public final class StandardOutput extends PrintWriter {

    private final Recording recording;

    public StandardOutput(OutputStream stream) {
        this(stream, new Recording());
    }

    private StandardOutput(OutputStream stream, Recording recording) {
        super(new BufferedWriter(new OutputStreamWriter(new WatchedStream(stream, recording), StandardCharsets.UTF_8),
                1 << 13));
        this.recording = recording;
    }

    /**
     * After a flush, the first failure writing the stream, unless it was only that the reader closed
     * the pipe.
     */
    public Optional<IOException> failure() {
        flush();
        IOException failure = recording.failure;
        return failure == null || closedPipe(failure) ? Optional.empty() : Optional.of(failure);
    }

    /** Linux's EPIPE, as the JDK words it: the reader has gone, and the output simply ends. */
    static boolean closedPipe(IOException e) {
        return "Broken pipe".equals(e.getMessage());
    }

    /** The system's reason for a failure, as it gives it ("No space left on device"). */
    public static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Keeps the first failure of the stream below. */
    private static final class Recording implements UnaryOperator<IOException> {
        private volatile IOException failure;

        @Override
        public IOException apply(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
