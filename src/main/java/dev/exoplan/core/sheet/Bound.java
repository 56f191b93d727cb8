package dev.exoplan.core.sheet;

/** Which end of a {@link Range} a scenario takes. */
public enum Bound {
    MIN, TYPICAL, MAX
}
