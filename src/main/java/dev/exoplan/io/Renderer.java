package dev.exoplan.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One command's result in one output format, written whole: every output of exoplan is one of these
 * but {@code quote}'s tables, which stream row by row ({@code io.quote.QuoteTable}). A command picks
 * the renderer its {@code --format} names and hands it the command's result as one value.
 *
 * @param <T> the command's result: a record of everything its output shows
 */
@FunctionalInterface
public interface Renderer<T> {

    /** The whole output, ending in a line break, ready to print. */
    String render(T result);

    /**
     * Writes the output to {@code out}: by default {@link #render} whole. A renderer whose output grows
     * with the sheet ({@code list}, {@code compare} of a chain's clinics) writes it piece by piece, so that
     * it is never held whole.
     */
    default void render(T result, Writer out) throws IOException {
        out.write(render(result));
    }

    /**
     * A renderer that writes its output piece by piece ({@link #render(Object, Writer)}); the whole text,
     * where a caller wants it, is what it writes to a string.
     */
    interface Streaming<T> extends Renderer<T> {

        @Override
        void render(T result, Writer out) throws IOException;

        @Override
        default String render(T result) {
            StringWriter whole = new StringWriter();
            try {
                render(result, whole);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not fail
            }
            return whole.toString();
        }
    }
}
