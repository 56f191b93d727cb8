package dev.exoplan.io.file;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Standard output as a {@link PrintWriter} (UTF-8, buffered) that remembers why it failed. A
 * PrintWriter only says that it failed ({@link #checkError}); a command must also tell a reader that
 * went away ({@code | head}), which is no error, from a full disk or a failing device, which is.
 */
public final class StandardOutput extends PrintWriter implements Utf8Sink {

    private final Recording recording;
    /** The stream below the writer's encoder, which {@link #writeUtf8} writes to once the text before is flushed. */
    private final WatchedStream bytes;

    public StandardOutput(OutputStream stream) {
        this(stream, new Recording());
    }

    private StandardOutput(OutputStream stream, Recording recording) {
        this(new WatchedStream(stream, recording), recording);
    }

    private StandardOutput(WatchedStream bytes, Recording recording) {
        super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 13));
        this.recording = recording;
        this.bytes = bytes;
    }

    /**
     * As every write of a PrintWriter, fails silently: a failure is kept, {@link #checkError} says so,
     * and {@link #failure} says why.
     */
    @Override
    public void writeUtf8(byte[] utf8, int offset, int length) {
        flush();
        synchronized (lock) {
            try {
                bytes.write(utf8, offset, length);
            } catch (IOException e) {
                setError();
            }
        }
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

    /**
     * EPIPE: the reader has gone, and the output simply ends. The JDK gives no error number, only the
     * system's text for it, which glibc translates ({@code LANGUAGE=de}: "Datenübergabe unterbrochen
     * (broken pipe)"); so the text is compared with the one this process gets for a real EPIPE, and
     * with the English one.
     */
    static boolean closedPipe(IOException e) {
        String message = e.getMessage();
        return message != null && (message.equals(ENGLISH_CLOSED_PIPE) || message.equals(ClosedPipe.MESSAGE));
    }

    private static final String ENGLISH_CLOSED_PIPE = "Broken pipe";

    /** The system's words for EPIPE in this process, learnt the first time a write fails. */
    private static final class ClosedPipe {
        static final String MESSAGE = provoke();

        /**
         * Writes to a pipe whose reading end is closed, which fails with EPIPE (the JVM ignores
         * SIGPIPE); the English text where no pipe can be made.
         */
        private static String provoke() {
            try {
                Pipe pipe = Pipe.open();
                try (Pipe.SinkChannel sink = pipe.sink()) {
                    pipe.source().close();
                    sink.write(ByteBuffer.wrap(new byte[] {'\n'}));
                }
            } catch (IOException e) {
                if (e.getMessage() != null) {
                    return e.getMessage();
                }
            }
            return ENGLISH_CLOSED_PIPE;
        }
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
