package dev.exoplan.core.finance;

import java.time.LocalDate;
import java.util.Objects;

/** One instalment: the day it leaves the patient's account and its amount, in minor units. */
public record Payment(LocalDate date, long amount) {

    public Payment {
        Objects.requireNonNull(date, "date");
        if (amount < 0) {
            throw new IllegalArgumentException("a payment of 0 or more: " + amount);
        }
    }
}
