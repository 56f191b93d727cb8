package dev.exoplan.core.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a plan covers: {@code months} months from {@code start}. A session counts when its date
 * is strictly before {@link #end()}. The period lies between {@link #FIRST_DAY} and {@link #LAST_DAY}.
 */
public record Horizon(LocalDate start, int months) {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    /**
     * The first day a period may start on. Earlier dates are not a course anyone plans, and they break
     * what the dates are handed to: spreadsheets start their calendar in 1900, and iCalendar files are
     * written through {@code java.util.Date}, whose Julian calendar before 1582 shifts the days.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    /** The last day a period may reach: ISO 8601 and iCalendar dates have four-digit years. */
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    public Horizon {
        Objects.requireNonNull(start, "start");
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException(
                    "months must be between " + MIN_MONTHS + " and " + MAX_MONTHS + ": " + months);
        }
        // A start in 1900–9989 always fits (at most ten years from the end of 9989 is still 9999): only
        // the years near either end are worked out (a quote checks a million horizons).
        int year = start.getYear();
        boolean inside = year >= FIRST_DAY.getYear() && year <= LAST_DAY.getYear() - MAX_MONTHS / 12
                || !start.isBefore(FIRST_DAY) && !start.plusMonths(months).minusDays(1).isAfter(LAST_DAY);
        if (!inside) {
            throw new IllegalArgumentException("the period of " + months + " months from " + start
                    + " is not inside " + FIRST_DAY + " to " + LAST_DAY);
        }
    }

    /** The first day after the horizon. */
    public LocalDate end() {
        return start.plusMonths(months);
    }

    /** The last day inside the horizon. */
    public LocalDate lastDay() {
        return end().minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end());
    }
}
