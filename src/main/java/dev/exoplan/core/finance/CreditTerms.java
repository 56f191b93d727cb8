package dev.exoplan.core.finance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How one credit plan prices and schedules one number of instalments.
 *
 * @param instalments             the number of monthly payments
 * @param feePer100               the fee per 100 of the cash price for that number (a table's row, or
 *                                derived from {@code apr} by {@link FeeRates#fromApr})
 * @param apr                     the annual rate (jisshitsu nenritsu) in percent, where the table was
 *                                derived from it; empty where a table was given
 * @param firstPaymentMonthsAfter the first payment's month, counted from the purchase's (1: the next)
 * @param paymentDay              the day of the month payments fall on (the month's last day where it has
 *                                fewer)
 * @param remainder               which payment takes what is left
 */
public record CreditTerms(int instalments, BigDecimal feePer100, Optional<BigDecimal> apr,
        int firstPaymentMonthsAfter, int paymentDay, Remainder remainder) {

    /** The most instalments exoplan reckons with (ten years of monthly payments). */
    public static final int MAX_INSTALMENTS = 120;
    /** Payments from the month after the purchase, on the 27th: {@code --apr}'s, and a sheet's default. */
    public static final int DEFAULT_MONTHS_AFTER = 1;
    public static final int DEFAULT_PAYMENT_DAY = 27;
    /** The latest first payment a plan may state, in months after the purchase. */
    public static final int MAX_MONTHS_AFTER = 12;

    public CreditTerms {
        Objects.requireNonNull(feePer100, "feePer100");
        Objects.requireNonNull(apr, "apr");
        Objects.requireNonNull(remainder, "remainder");
        if (instalments < 1 || instalments > MAX_INSTALMENTS) {
            throw new IllegalArgumentException("1 to " + MAX_INSTALMENTS + " instalments: " + instalments);
        }
        if (feePer100.signum() < 0) {
            throw new IllegalArgumentException("a fee per 100 of 0 or more: " + feePer100);
        }
        if (firstPaymentMonthsAfter < 0 || firstPaymentMonthsAfter > MAX_MONTHS_AFTER) {
            throw new IllegalArgumentException("a first payment 0 to " + MAX_MONTHS_AFTER
                    + " months after the purchase: " + firstPaymentMonthsAfter);
        }
        if (paymentDay < 1 || paymentDay > 31) {
            throw new IllegalArgumentException("a payment day of 1 to 31: " + paymentDay);
        }
    }

    /**
     * A patient's own card at {@code aprPercent}: the table derived from the rate, payments from the month
     * after the purchase on the 27th, the remainder in the first payment.
     */
    public static CreditTerms card(BigDecimal aprPercent, int instalments) {
        return new CreditTerms(instalments, FeeRates.fromApr(aprPercent, instalments), Optional.of(aprPercent),
                DEFAULT_MONTHS_AFTER, DEFAULT_PAYMENT_DAY, Remainder.FIRST);
    }
}
