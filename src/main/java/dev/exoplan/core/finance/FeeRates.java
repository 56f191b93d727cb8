package dev.exoplan.core.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A credit plan's fee per 100 of the cash price (genkin kakaku 100 en atari no tesuuryou), derived from its
 * annual rate (jisshitsu nenritsu) by the level-payment formula (ganri kintou) at the monthly rate
 * r = rate ÷ 12: fee per 100 = 100 × (n × r ÷ (1 − (1 + r)^−n) − 1), rounded half up to 2 decimals as the
 * credit companies' published tables print it (15 %: 10 → 7.00, 12 → 8.31, 24 → 16.37, 36 → 24.80).
 */
public final class FeeRates {

    /** The decimals of a published table. */
    public static final int SCALE = 2;
    /** A derived table's rounding: half up, to {@link #SCALE} decimals. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private FeeRates() {
    }

    /**
     * The fee per 100 for {@code instalments} monthly payments at {@code aprPercent} (15 for 15 %); 0 at 0 %.
     */
    public static BigDecimal fromApr(BigDecimal aprPercent, int instalments) {
        if (aprPercent.signum() < 0 || instalments < 1) {
            throw new IllegalArgumentException("a rate of 0 % or more over 1 instalment or more: "
                    + aprPercent + " %, " + instalments);
        }
        if (aprPercent.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal r = aprPercent.divide(HUNDRED, EXACT).divide(MONTHS, EXACT);
        BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(instalments, EXACT), EXACT);
        BigDecimal factor = BigDecimal.valueOf(instalments).multiply(r, EXACT)
                .divide(BigDecimal.ONE.subtract(discount), EXACT);
        return factor.subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(SCALE, ROUNDING);
    }
}
