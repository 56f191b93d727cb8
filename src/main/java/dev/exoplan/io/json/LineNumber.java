package dev.exoplan.io.json;

/**
 * A line of the document named in a message ("first at line 4"): written as its number, and known as
 * a place rather than a value, so that what identifies a finding (SARIF's fingerprint) leaves it out.
 */
public record LineNumber(int line) {

    @Override
    public String toString() {
        return Integer.toString(line);
    }
}
