package dev.exoplan.io;

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
}
