package dev.exoplan.io.file;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * A stream whose every failure passes through {@code onFailure} before it is thrown, so that a writer
 * above it that hides failures (a {@link java.io.PrintWriter}) or mixes them with others (an input
 * read in the same loop) can still tell what went wrong writing.
 */
final class WatchedStream extends FilterOutputStream {

    private final UnaryOperator<IOException> onFailure;

    WatchedStream(OutputStream out, UnaryOperator<IOException> onFailure) {
        super(out);
        this.onFailure = onFailure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw onFailure.apply(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw onFailure.apply(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw onFailure.apply(e);
        }
    }
}
