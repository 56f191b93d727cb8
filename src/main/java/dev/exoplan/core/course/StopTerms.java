package dev.exoplan.core.course;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How stopping a course is charged, in minor units: a fee before its first session; after it, the
 * sessions received valued at the contract's unit price (or at {@code sessionValue}), and a fee of
 * {@code rate} × the amount not yet used, at most {@code cap}.
 *
 * @param sessionValue what one received session is worth; empty: the contract's unit price (price ÷ sessions)
 */
public record StopTerms(long feeBeforeStart, BigDecimal rate, OptionalLong cap, OptionalLong sessionValue,
        Stop.Basis basis) {

    public StopTerms {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(sessionValue, "sessionValue");
        Objects.requireNonNull(basis, "basis");
        if (feeBeforeStart < 0 || cap.orElse(0) < 0 || sessionValue.orElse(0) < 0) {
            throw new IllegalArgumentException("fees and values are not negative");
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a rate is 0 to 1: " + rate);
        }
    }
}
