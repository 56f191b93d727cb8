package dev.exoplan.io.json;

/** A 1-based line and column in a text file. */
public record TextPosition(int line, int column) {

    public static final TextPosition START = new TextPosition(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
