package dev.exoplan.core.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a plan covers: {@code months} months from {@code start}. A session counts when its date
 * is strictly before {@link #end()}.
 */
public record Horizon(LocalDate start, int months) {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    public Horizon {
        Objects.requireNonNull(start, "start");
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException(
                    "months must be between " + MIN_MONTHS + " and " + MAX_MONTHS + ": " + months);
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
