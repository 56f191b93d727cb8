package dev.exoplan.core.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dated sessions of one scenario inside a horizon.
 *
 * <p>Initial session k (k = 1..n) falls on {@code start + (k-1)·w weeks}. Maintenance session j
 * (j = 1, 2, …) falls on {@code lastInitial + j·m months}, always counted from the last initial
 * session rather than chained from the previous one, so month ends do not drift (Jan 31 + 1 month
 * is Feb 28 or 29, + 2 months is Mar 31). Sessions on or after the horizon's end are left out; when
 * the horizon cuts the initial phase there is no maintenance.
 */
public record Schedule(Horizon horizon, ScheduleParameters parameters, List<Session> sessions) {

    public Schedule {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(parameters, "parameters");
        sessions = List.copyOf(sessions);
    }

    public static Schedule of(Horizon horizon, ScheduleParameters parameters) {
        List<Session> sessions = new ArrayList<>();
        LocalDate start = horizon.start();
        LocalDate end = horizon.end();
        int n = parameters.initialSessions();
        for (int k = 1; k <= n; k++) {
            LocalDate date = start.plusWeeks((long) (k - 1) * parameters.initialIntervalWeeks());
            if (!date.isBefore(end)) {
                return new Schedule(horizon, parameters, sessions);
            }
            sessions.add(new Session(sessions.size() + 1, date, Phase.INITIAL, k));
        }
        LocalDate lastInitial = start.plusWeeks((long) (n - 1) * parameters.initialIntervalWeeks());
        // Bounded: each step adds at least one month and the horizon is at most MAX_MONTHS long.
        for (int j = 1; ; j++) {
            LocalDate date = lastInitial.plusMonths((long) j * parameters.maintenanceIntervalMonths());
            if (!date.isBefore(end)) {
                break;
            }
            sessions.add(new Session(sessions.size() + 1, date, Phase.MAINTENANCE, j));
        }
        return new Schedule(horizon, parameters, sessions);
    }

    /**
     * How many sessions {@link #of} would date, without dating them: for callers that need only the
     * count, many times over (quote tables).
     */
    public static int count(Horizon horizon, ScheduleParameters parameters) {
        LocalDate start = horizon.start();
        LocalDate end = horizon.end();
        int n = parameters.initialSessions();
        long weeks = parameters.initialIntervalWeeks();
        for (int k = 1; k <= n; k++) {
            if (!start.plusWeeks((k - 1) * weeks).isBefore(end)) {
                return k - 1;
            }
        }
        LocalDate lastInitial = start.plusWeeks((n - 1) * weeks);
        int count = n;
        long months = parameters.maintenanceIntervalMonths();
        for (long j = 1; lastInitial.plusMonths(j * months).isBefore(end); j++) {
            count++;
        }
        return count;
    }

    public int size() {
        return sessions.size();
    }

    public int initialCount() {
        return (int) sessions.stream().filter(s -> s.phase() == Phase.INITIAL).count();
    }

    public int maintenanceCount() {
        return (int) sessions.stream().filter(s -> s.phase() == Phase.MAINTENANCE).count();
    }

    /** True when the horizon ends before every planned initial session has taken place. */
    public boolean initialPhaseCut() {
        return initialCount() < parameters.initialSessions();
    }
}
