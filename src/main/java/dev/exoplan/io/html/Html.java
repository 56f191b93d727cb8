package dev.exoplan.io.html;

import dev.exoplan.io.text.SafeText;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * HTML written element by element. Tag and attribute names are exoplan's own constants; every text and
 * every attribute value goes through {@link SafeText#html}, whoever supplied it, so that nothing a sheet
 * says can become markup. No method takes markup but {@link #markup}, which is for the page's own
 * constant parts (its skeleton and style sheet).
 */
public final class Html {

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();

    public Html(StringBuilder out) {
        this.out = out;
    }

    /**
     * Opens an element.
     *
     * @param attributes names and values in turn: {@code "class", "num"}; a null value leaves the
     *     attribute out, an empty name is not allowed
     */
    public Html open(String tag, String... attributes) {
        start(tag, attributes);
        open.push(tag);
        return this;
    }

    /** An element without content ({@code <meta>}, or an SVG shape written {@code <circle …/>}). */
    public Html empty(String tag, String... attributes) {
        start(tag, attributes);
        out.setLength(out.length() - 1);
        out.append(tag.equals("meta") ? ">" : "/>");
        return this;
    }

    /** Closes the innermost open element. */
    public Html close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Closes the innermost open element and ends the line, for readable source. */
    public Html closeLine() {
        close();
        out.append('\n');
        return this;
    }

    /** An element holding only text. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /** Text, escaped. */
    public Html text(String text) {
        out.append(SafeText.html(text));
        return this;
    }

    /** A line break in the source, which HTML shows as a space where it shows anything. */
    public Html newline() {
        out.append('\n');
        return this;
    }

    /** The page's own constant markup (never anything derived from input). */
    Html markup(String constant) {
        out.append(constant);
        return this;
    }

    private void start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in pairs: " + tag);
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(SafeText.html(attributes[i + 1]))
                        .append('"');
            }
        }
        out.append('>');
    }

    /** Whether every element opened has been closed. */
    public boolean balanced() {
        return open.isEmpty();
    }
}
