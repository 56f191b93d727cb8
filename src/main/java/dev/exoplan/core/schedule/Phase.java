package dev.exoplan.core.schedule;

/** The initial phase (a few sessions weeks apart) or maintenance (one session every few months). */
public enum Phase {
    INITIAL, MAINTENANCE
}
