package dev.exoplan.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
        return of(horizon, parameters, Set.of(), parameters);
    }

    /**
     * The sessions of {@link #of(Horizon, ScheduleParameters)}, each booked on a day the clinic is open:
     * a session whose date falls on a {@code closed} weekday moves to the next open day, unless that day
     * would be more than the longest interval ({@code longest}: the goal's slowest schedule) after the
     * session before, or on or after the horizon's end; then to the open day before it, if that is after
     * the session before; else it keeps its date. Which sessions there are does not change (a session
     * counts by its nominal date, as {@link #count} counts), only the days they are booked on.
     */
    public static Schedule of(Horizon horizon, ScheduleParameters parameters, Set<DayOfWeek> closed,
            ScheduleParameters longest) {
        long[] days = new long[capacity(horizon, parameters)];
        int n = days(horizon, parameters, closed, longest, days);
        List<Session> sessions = new ArrayList<>(n);
        int initial = parameters.initialSessions();
        for (int i = 0; i < n; i++) {
            // Maintenance comes only after every initial session: the first sessions are the initial ones.
            sessions.add(i < initial ? new Session(i + 1, LocalDate.ofEpochDay(days[i]), Phase.INITIAL, i + 1)
                    : new Session(i + 1, LocalDate.ofEpochDay(days[i]), Phase.MAINTENANCE, i - initial + 1));
        }
        return new Schedule(horizon, parameters, sessions);
    }

    /**
     * The most sessions a schedule of {@code parameters} can have in {@code horizon}: every initial
     * session, then one maintenance session a month at most (the horizon's months less one).
     */
    public static int capacity(Horizon horizon, ScheduleParameters parameters) {
        return parameters.initialSessions() + horizon.months();
    }

    /**
     * The booked days of {@link #of(Horizon, ScheduleParameters, Set, ScheduleParameters)}, as epoch
     * days in {@code days}, without making the sessions: for callers that date course after course
     * (quote tables).
     *
     * @param days room for at least {@link #capacity} days
     * @return how many sessions there are
     */
    public static int days(Horizon horizon, ScheduleParameters parameters, Set<DayOfWeek> closed,
            ScheduleParameters longest, long[] days) {
        int n = nominal(horizon, parameters, days);
        if (closed.isEmpty()) {
            return n;
        }
        LocalDate end = horizon.end();
        LocalDate previous = null;
        for (int i = 0; i < n; i++) {
            LocalDate latest = previous == null ? end.minusDays(1)
                    : i < parameters.initialSessions() ? previous.plusWeeks(longest.initialIntervalWeeks())
                            : previous.plusMonths(longest.maintenanceIntervalMonths());
            LocalDate day = book(LocalDate.ofEpochDay(days[i]), closed, previous, latest, end);
            days[i] = day.toEpochDay();
            previous = day;
        }
        return n;
    }

    private static LocalDate book(LocalDate date, Set<DayOfWeek> closed, LocalDate previous, LocalDate latest,
            LocalDate end) {
        if (!closed.contains(date.getDayOfWeek())) {
            return date;
        }
        LocalDate next = date;
        while (closed.contains(next.getDayOfWeek())) {
            next = next.plusDays(1);
        }
        if (next.isBefore(end) && !next.isAfter(latest)) {
            return next;
        }
        LocalDate before = date;
        while (closed.contains(before.getDayOfWeek())) {
            before = before.minusDays(1);
        }
        return previous == null || before.isAfter(previous) ? before : date;
    }

    /** The nominal dates, as epoch days in {@code days}; how many there are. */
    private static int nominal(Horizon horizon, ScheduleParameters parameters, long[] days) {
        LocalDate start = horizon.start();
        long end = horizon.end().toEpochDay();
        int n = parameters.initialSessions();
        long step = 7L * parameters.initialIntervalWeeks();
        long first = start.toEpochDay();
        for (int k = 0; k < n; k++) {
            long date = first + k * step;
            if (date >= end) {
                return k;
            }
            days[k] = date;
        }
        long lastInitial = EpochDays.civil(days[n - 1]);
        int count = n;
        // Bounded: each step adds at least one month and the horizon is at most MAX_MONTHS long.
        for (int j = 1; ; j++) {
            long date = EpochDays.monthsAfter(lastInitial, (long) j * parameters.maintenanceIntervalMonths());
            if (date >= end) {
                break;
            }
            days[count++] = date;
        }
        return count;
    }

    /**
     * How many sessions {@link #of} would date, without dating them, in constant time: for callers
     * that need only the count, many times over (quote tables). Tests hold it equal to {@code of}.
     */
    public static int count(Horizon horizon, ScheduleParameters parameters) {
        return new Counter(horizon).count(parameters);
    }

    /**
     * A horizon's bounds worked out once, to count the sessions of several schedules in it (the three
     * scenarios of a quote row) without dating them.
     */
    public static final class Counter {
        private final long startDay;
        private final long endDay;
        /** The end's month ({@link EpochDays#month}). */
        private final long endMonth;
        private final int endDayOfMonth;
        private final int endMonthLength;

        public Counter(Horizon horizon) {
            this.startDay = horizon.start().toEpochDay();
            this.endDay = EpochDays.monthsAfter(EpochDays.civil(startDay), horizon.months());
            long end = EpochDays.civil(endDay);
            this.endMonth = EpochDays.month(end);
            this.endDayOfMonth = EpochDays.dayOfMonth(end);
            this.endMonthLength = EpochDays.lengthOfMonth(end);
        }

        /** The number of sessions {@link Schedule#of} would date for {@code parameters} in this horizon. */
        public int count(ScheduleParameters parameters) {
            int n = parameters.initialSessions();
            long step = 7L * parameters.initialIntervalWeeks();
            // Initial session k falls on start + (k-1)·step days; it counts while that is before the end.
            long fitting = (endDay - startDay - 1) / step + 1;
            if (fitting < n) {
                return (int) fitting;
            }
            long last = EpochDays.civil(startDay + (n - 1) * step);
            // last.plusMonths(x) is before the end for every x below the months between them, and for that
            // many months too when the day it lands on (clamped to the month's length) is before the end's day.
            long gap = endMonth - EpochDays.month(last);
            int landing = Math.min(EpochDays.dayOfMonth(last), endMonthLength);
            long reach = gap - 1 + (landing < endDayOfMonth ? 1 : 0);
            return n + (reach < 1 ? 0 : (int) (reach / parameters.maintenanceIntervalMonths()));
        }
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
