package dev.exoplan.core.sheet;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A clinic's own terms for cancelling a course part way (chuto kaiyaku), as its sheet states them: the fee
 * before the first session, the fee after it as a rate of the remaining contract amount with an optional
 * cap, and how the sessions already received are valued.
 *
 * @param feeBeforeStart   the fee when the course is cancelled before its first session
 * @param feeAfterStartRate the fee after the first session, as a share of the amount not yet used (0 to 1)
 * @param feeAfterStartCap the most that fee can be; empty: no cap stated
 * @param consumedAt       how the sessions received are valued
 */
public record CancellationPolicy(
        MonetaryAmount feeBeforeStart,
        BigDecimal feeAfterStartRate,
        Optional<MonetaryAmount> feeAfterStartCap,
        Valuation consumedAt) {

    /** How the sessions a patient has received are valued when the course is cancelled. */
    public enum Valuation {
        /** At the contract's unit price: the package price divided by its sessions (the law's way). */
        CONTRACT_UNIT_PRICE,
        /** At the single-session price (the clinic's list price for one session). */
        SINGLE_SESSION_PRICE;

        /** The sheet's spelling: {@code contract-unit-price}, {@code single-session-price}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Valuation> byId(String id) {
            return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst();
        }
    }

    public CancellationPolicy {
        Objects.requireNonNull(feeBeforeStart, "feeBeforeStart");
        Objects.requireNonNull(feeAfterStartRate, "feeAfterStartRate");
        Objects.requireNonNull(feeAfterStartCap, "feeAfterStartCap");
        Objects.requireNonNull(consumedAt, "consumedAt");
        if (feeBeforeStart.isNegative() || feeAfterStartCap.filter(MonetaryAmount::isNegative).isPresent()) {
            throw new IllegalArgumentException("cancellation fees are not negative");
        }
        if (feeAfterStartRate.signum() < 0 || feeAfterStartRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a cancellation rate is 0 to 1: " + feeAfterStartRate);
        }
    }
}
