package dev.exoplan.core.cost;

import dev.exoplan.core.sheet.Range.Bound;
import java.util.Locale;

/**
 * The three scenarios of every plan. <b>low</b>: fewest sessions, longest intervals, lowest price,
 * optional fees left out. <b>typical</b>: the typical values, optional fees left out. <b>high</b>:
 * most sessions, shortest intervals, highest price, optional fees included.
 */
public enum Scenario {
    LOW(Bound.MIN, false),
    TYPICAL(Bound.TYPICAL, false),
    HIGH(Bound.MAX, true);

    private final Bound bound;
    private final boolean optionalFees;

    Scenario(Bound bound, boolean optionalFees) {
        this.bound = bound;
        this.optionalFees = optionalFees;
    }

    /** The bound this scenario takes for sessions and price (intervals take the opposite one). */
    public Bound bound() {
        return bound;
    }

    public boolean includesOptionalFees() {
        return optionalFees;
    }

    /** The lower-case name used in JSON and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
