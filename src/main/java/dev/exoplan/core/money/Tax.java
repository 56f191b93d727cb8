package dev.exoplan.core.money;

import dev.exoplan.core.money.Amounts;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A sheet's consumption tax: its rate, whether the sheet's prices already include it, and how a
 * receipt's tax is rounded.
 */
public record Tax(BigDecimal rate, boolean included, TaxRounding rounding) {

    public Tax {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rounding, "rounding");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("tax rate must be in [0, 1): " + rate);
        }
    }

    /**
     * One visit's receipt. With prices that exclude tax, the tax is {@code rounding(items × rate)}
     * and is added; with prices that include it, the contained tax is
     * {@code rounding(items × rate / (1 + rate))} and is only reported. Either way
     * {@code subtotal + tax = total}.
     */
    public Receipt receipt(MonetaryAmount items) {
        if (included) {
            MonetaryAmount contained = Amounts.fraction(items, rate, BigDecimal.ONE.add(rate), rounding.mode());
            return new Receipt(items.subtract(contained), contained, items);
        }
        MonetaryAmount added = Amounts.fraction(items, rate, BigDecimal.ONE, rounding.mode());
        return new Receipt(items, added, items.add(added));
    }

    /** The rate as a percentage for people: 0.10 → 10, 0.08 → 8, 0.075 → 7.5. */
    public BigDecimal percent() {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }
}
