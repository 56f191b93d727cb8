package dev.exoplan.io.file;

import java.io.IOException;

/**
 * A writer that also takes text already encoded in UTF-8, in order with the text written to it: for
 * a table of a million rows whose cells are made once and written as bytes again and again, rather
 * than encoded again on every row.
 */
public interface Utf8Sink {

    /**
     * Writes {@code length} bytes of UTF-8 from {@code bytes}, after everything written to this writer
     * so far; {@code bytes} holds whole characters only. Fails as the writer's own writing fails.
     */
    void writeUtf8(byte[] bytes, int offset, int length) throws IOException;
}
