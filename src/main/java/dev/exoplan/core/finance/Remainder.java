package dev.exoplan.core.finance;

import java.util.Locale;

/** Which payment of a credit plan takes what is left when the total does not divide by the number. */
public enum Remainder {
    /** The first payment (exoplan's default, and what {@code --apr} assumes). */
    FIRST,
    /** The last payment. */
    LAST;

    /** The spelling of a sheet and of the JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
