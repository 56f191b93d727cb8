package dev.exoplan.core.check;

/** An error makes a price sheet unusable; a warning leaves it usable but worth fixing. */
public enum Severity {
    ERROR, WARNING;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
