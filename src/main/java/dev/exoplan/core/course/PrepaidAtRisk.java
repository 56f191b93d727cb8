package dev.exoplan.core.course;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The most a plan has prepaid and not yet used at any time, and the first day it is that much: what a
 * patient would lose if the clinic closed then. Valued at the contracts' unit prices, in minor units.
 */
public record PrepaidAtRisk(long amount, LocalDate date) {

    public PrepaidAtRisk {
        Objects.requireNonNull(date, "date");
        if (amount < 0) {
            throw new IllegalArgumentException("an amount at risk is not negative");
        }
    }
}
