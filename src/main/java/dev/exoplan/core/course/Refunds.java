package dev.exoplan.core.course;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.CancellationPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.money.CurrencyUnit;

/**
 * What a patient gets back on stopping a prepaid course after k of its sessions, under the caps of
 * the Specified Commercial Transactions Act for beauty medicine course contracts (tokutei keizokuteki
 * ekimu teikyou, since 2017-12-01), or under a clinic's own policy. Exact, in minor units, rounded in
 * the clinic's favour (the value of the sessions received and the fee up, so the refund down): the
 * figure is the least the patient is owed. Not legal advice: the figures are the law's caps as
 * consumer-centre pages state them.
 *
 * <p>The law's caps: before the first session, a fee of at most 20,000 yen; after it, the sessions
 * received at the contract's unit price plus a fee of at most the lower of 50,000 yen and 20 % of
 * the amount not yet used.
 */
public final class Refunds {

    /** The law's cap on the fee before the first session, in yen. */
    public static final long LAW_FEE_BEFORE_START = 20_000;
    /** The law's cap on the fee after the first session, in yen. */
    public static final long LAW_FEE_CAP = 50_000;
    /** The law's cap on the fee after the first session, as a share of the amount not yet used. */
    public static final BigDecimal LAW_FEE_RATE = new BigDecimal("0.2");
    /** The law covers course contracts over this amount (yen) and over {@link #THRESHOLD_MONTHS}. */
    public static final long THRESHOLD_AMOUNT = 50_000;
    public static final int THRESHOLD_MONTHS = 1;
    /** Cooling-off: 8 days counting the day the contract document is received. */
    public static final int COOLING_OFF_DAYS = 8;

    /** The law's caps, as terms. */
    public static final StopTerms LAW = new StopTerms(LAW_FEE_BEFORE_START, LAW_FEE_RATE,
            OptionalLong.of(LAW_FEE_CAP), OptionalLong.empty(), Stop.Basis.LAW);

    private Refunds() {
    }

    /** Whether the law's figures (stated in yen) can be applied to amounts in {@code currency}. */
    public static boolean lawApplies(CurrencyUnit currency) {
        return "JPY".equals(currency.getCurrencyCode());
    }

    /**
     * A clinic's policy as terms, in minor units of {@code currency}.
     *
     * @param singlePrice the single-session price, for a policy that values received sessions at it
     */
    public static StopTerms terms(CancellationPolicy policy, long singlePrice) {
        return new StopTerms(Amounts.minor(policy.feeBeforeStart()), policy.feeAfterStartRate(),
                policy.feeAfterStartCap().map(c -> OptionalLong.of(Amounts.minor(c))).orElse(OptionalLong.empty()),
                policy.consumedAt() == CancellationPolicy.Valuation.SINGLE_SESSION_PRICE
                        ? OptionalLong.of(singlePrice) : OptionalLong.empty(),
                Stop.Basis.CLINIC);
    }

    /**
     * Stopping a course of {@code sessions} sessions bought for {@code price} after {@code used} of them.
     * Before the first: fee = min(feeBeforeStart, price), refund = price − fee. After: consumed = used ×
     * price ÷ sessions rounded up (or used × the session value, at most the price); remaining = price −
     * consumed; fee = min(cap, rate × remaining rounded up); refund = remaining − fee.
     */
    public static Stop stop(StopTerms terms, long price, int sessions, int used) {
        if (price < 0 || sessions < 1 || used < 0 || used >= sessions) {
            throw new IllegalArgumentException("stopping after 0 to sessions − 1 of a course's sessions: " + used);
        }
        if (used == 0) {
            long fee = Math.min(terms.feeBeforeStart(), price);
            return new Stop(0, 0, fee, price - fee, terms.basis());
        }
        long consumed = terms.sessionValue().isPresent()
                ? Math.min(price, Math.multiplyExact(terms.sessionValue().getAsLong(), (long) used))
                : consumed(price, sessions, used);
        long remaining = price - consumed;
        long fee = terms.rate().multiply(BigDecimal.valueOf(remaining)).setScale(0, Amounts.CANCELLATION_FEE)
                .longValueExact();
        if (terms.cap().isPresent()) {
            fee = Math.min(fee, terms.cap().getAsLong());
        }
        return new Stop(used, consumed, fee, remaining - fee, terms.basis());
    }

    /** {@code used} sessions at the contract's unit price: used × price ÷ sessions, rounded up. */
    public static long consumed(long price, int sessions, int used) {
        return BigDecimal.valueOf(price).multiply(BigDecimal.valueOf(used))
                .divide(BigDecimal.valueOf(sessions), 0, Amounts.CONSUMED_VALUE).longValueExact();
    }

    /** The kinder of two figures for the same stop: the larger refund; the first on a tie. */
    public static Stop kinder(Stop first, Stop second) {
        return second.refund() > first.refund() ? second : first;
    }

    /**
     * Every stop from 0 to sessions − 1: under {@code law} where given, and under the clinic's terms
     * instead where they are kinder; under the clinic's terms alone when the law is not given.
     */
    public static List<Stop> table(Optional<StopTerms> law, Optional<StopTerms> clinic,
            long price, int sessions) {
        if (law.isEmpty() && clinic.isEmpty()) {
            return List.of();
        }
        List<Stop> stops = new ArrayList<>(sessions);
        for (int k = 0; k < sessions; k++) {
            int used = k;
            Optional<Stop> byLaw = law.map(t -> stop(t, price, sessions, used));
            Optional<Stop> byClinic = clinic.map(t -> stop(t, price, sessions, used));
            stops.add(byLaw.isPresent() && byClinic.isPresent() ? kinder(byLaw.get(), byClinic.get())
                    : byLaw.or(() -> byClinic).orElseThrow());
        }
        return List.copyOf(stops);
    }
}
