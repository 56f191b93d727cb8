package dev.exoplan.core.schedule;

/**
 * One scenario's schedule: {@code initialSessions} sessions every {@code initialIntervalWeeks}
 * weeks, then one maintenance session every {@code maintenanceIntervalMonths} months.
 */
public record ScheduleParameters(int initialSessions, int initialIntervalWeeks, int maintenanceIntervalMonths) {

    public ScheduleParameters {
        if (initialSessions < 1) {
            throw new IllegalArgumentException("initialSessions must be at least 1: " + initialSessions);
        }
        if (initialIntervalWeeks < 1) {
            throw new IllegalArgumentException("initialIntervalWeeks must be at least 1: " + initialIntervalWeeks);
        }
        if (maintenanceIntervalMonths < 1) {
            throw new IllegalArgumentException(
                    "maintenanceIntervalMonths must be at least 1: " + maintenanceIntervalMonths);
        }
    }
}
