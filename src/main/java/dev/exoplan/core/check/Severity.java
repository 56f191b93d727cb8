package dev.exoplan.core.check;

import java.util.Locale;

/** An error makes a price sheet unusable; a warning leaves it usable but worth fixing. */
public enum Severity {
    ERROR, WARNING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
