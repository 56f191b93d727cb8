package dev.exoplan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Exact money arithmetic and the roundings exoplan performs, each with a name. Amounts are
 * {@link Money} (BigDecimal-backed); every value that leaves a rounding has the currency's
 * number of minor-unit digits (JPY 0, USD 2).
 */
public final class Amounts {

    /** A {@code typical} amount left out of a sheet's range: the midpoint, rounded half up. */
    public static final RoundingMode MIDPOINT = RoundingMode.HALF_UP;

    /** The monthly average of a course's total, rounded half up. */
    public static final RoundingMode MONTHLY_AVERAGE = RoundingMode.HALF_UP;

    /**
     * An amount converted into another currency at the user's rate ({@code --rate}), rounded half up to
     * that currency's minor unit (USD: cents).
     */
    public static final RoundingMode CONVERSION = RoundingMode.HALF_UP;

    /**
     * The value of the sessions a patient has received when a course is cancelled (k × the contract's
     * unit price, or × the single price), rounded up: in the clinic's favour, so that the refund shown is
     * the least the patient is owed.
     */
    public static final RoundingMode CONSUMED_VALUE = RoundingMode.CEILING;

    /** A cancellation fee worked out as a rate of the amount not yet used, rounded up (the clinic's favour). */
    public static final RoundingMode CANCELLATION_FEE = RoundingMode.CEILING;

    private Amounts() {
    }

    public static MonetaryAmount zero(CurrencyUnit currency) {
        return Money.of(BigDecimal.ZERO, currency);
    }

    /** An amount that is already exact in the currency's minor unit. */
    public static MonetaryAmount of(BigDecimal value, CurrencyUnit currency) {
        return Money.of(value, currency);
    }

    public static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /** The amount written with exactly the currency's number of minor-unit digits (250.00 USD). */
    public static BigDecimal plain(MonetaryAmount amount) {
        return decimal(amount).setScale(minorDigits(amount.getCurrency()), RoundingMode.UNNECESSARY);
    }

    /** The amount as a whole number of the currency's minor unit (yen; cents). */
    public static long minor(MonetaryAmount amount) {
        return plain(amount).movePointRight(minorDigits(amount.getCurrency())).longValueExact();
    }

    public static int minorDigits(CurrencyUnit currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** {@code value} rounded to the currency's minor unit with {@code mode}. */
    public static MonetaryAmount round(BigDecimal value, CurrencyUnit currency, RoundingMode mode) {
        return Money.of(value.setScale(minorDigits(currency), mode), currency);
    }

    /**
     * {@code amount × factor} in {@code term}: exact, then rounded once to {@code term}'s minor unit with
     * {@link #CONVERSION}.
     */
    public static MonetaryAmount converted(MonetaryAmount amount, BigDecimal factor, CurrencyUnit term) {
        return round(decimal(amount).multiply(factor), term, CONVERSION);
    }

    /** {@code amount × numerator ÷ denominator}, rounded once, to the minor unit, with {@code mode}. */
    public static MonetaryAmount fraction(MonetaryAmount amount, BigDecimal numerator, BigDecimal denominator,
            RoundingMode mode) {
        BigDecimal exact = decimal(amount).multiply(numerator);
        BigDecimal rounded = exact.divide(denominator, minorDigits(amount.getCurrency()), mode);
        return Money.of(rounded, amount.getCurrency());
    }

    public static MonetaryAmount sum(Collection<? extends MonetaryAmount> amounts, CurrencyUnit currency) {
        BigDecimal total = BigDecimal.ZERO;
        for (MonetaryAmount amount : amounts) {
            total = total.add(decimal(amount));
        }
        return Money.of(total, currency);
    }

    public static MonetaryAmount times(MonetaryAmount amount, int count) {
        return Money.of(decimal(amount).multiply(BigDecimal.valueOf(count)), amount.getCurrency());
    }
}
