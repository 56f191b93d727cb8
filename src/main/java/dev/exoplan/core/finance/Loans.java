package dev.exoplan.core.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * The instalment arithmetic, exact in minor units, each rounding named: fee = price × fee per 100 ÷ 100
 * rounded down ({@link #FEE}); total = price + fee; every payment but one = total ÷ n rounded down
 * ({@link #PAYMENT}); the payment {@link Remainder} names takes what is left, so the payments add up to
 * the total. Payments fall on the plan's day of each month from its first payment month, on the month's
 * last day where the day does not exist.
 *
 * <p>The law's conditions are stated from the figures, never as advice: the credit contract's
 * cooling-off (8 days counting the day its document is received) and stopping payments (shiharai teishi no
 * kouben: a total of 40,000 yen or more repaid over more than two months).
 */
public final class Loans {

    /** The credit fee, rounded down to the minor unit (the patient's favour, as published examples do). */
    public static final RoundingMode FEE = RoundingMode.FLOOR;
    /** The payments other than the remainder's, rounded down to the minor unit. */
    public static final RoundingMode PAYMENT = RoundingMode.FLOOR;
    /** Stopping payments may apply from this total (price + fee), in yen. */
    public static final long STOP_PAYMENTS_MINIMUM = 40_000;
    /** ... where the payments run over more than this many months from the purchase. */
    public static final int STOP_PAYMENTS_MONTHS = 2;

    /**
     * The credit contract's cooling-off under the instalment sales law, counting the day its document is
     * received (its own, beside the course contract's).
     */
    public static final int CREDIT_COOLING_OFF_DAYS = 8;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Loans() {
    }

    /**
     * {@code price} (minor units of {@code currency}) bought on {@code purchase} under {@code terms}. The
     * law's conditions are checked only for yen, the currency its figures are stated in.
     */
    public static Loan of(CreditTerms terms, long price, LocalDate purchase, CurrencyUnit currency) {
        if (price < 0) {
            throw new IllegalArgumentException("a price of 0 or more: " + price);
        }
        int n = terms.instalments();
        long fee = fee(price, terms.feePer100());
        long total = Math.addExact(price, fee);
        long later = total / n;
        long odd = total - later * (n - 1);
        int oddIndex = terms.remainder() == Remainder.FIRST ? 0 : n - 1;
        List<Payment> payments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate date = paymentDate(purchase, terms.firstPaymentMonthsAfter() + i, terms.paymentDay());
            payments.add(new Payment(date, i == oddIndex ? odd : later));
        }
        LocalDate last = payments.get(n - 1).date();
        boolean stopMayApply = "JPY".equals(currency.getCurrencyCode()) && total >= STOP_PAYMENTS_MINIMUM
                && last.isAfter(purchase.plusMonths(STOP_PAYMENTS_MONTHS));
        return new Loan(terms, price, fee, total, later, payments,
                purchase.plusDays(CREDIT_COOLING_OFF_DAYS - 1), stopMayApply);
    }

    /** price × fee per 100 ÷ 100, rounded down to the minor unit. */
    public static long fee(long price, BigDecimal feePer100) {
        return BigDecimal.valueOf(price).multiply(feePer100).divide(HUNDRED, 0, FEE).longValueExact();
    }

    /** {@code day} of the month {@code monthsAfter} months after {@code purchase}'s, or that month's last day. */
    public static LocalDate paymentDate(LocalDate purchase, int monthsAfter, int day) {
        YearMonth month = YearMonth.from(purchase).plusMonths(monthsAfter);
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
