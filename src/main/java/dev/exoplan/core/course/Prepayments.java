package dev.exoplan.core.course;

import dev.exoplan.core.sheet.CancellationPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.money.CurrencyUnit;

/** Works out what the packages of one scenario risk ({@link Prepayment}) from what the plan buys. Pure. */
public final class Prepayments {

    private Prepayments() {
    }

    /**
     * One package a scenario buys, in minor units, tax included.
     *
     * @param purchase     its index among the scenario's purchases
     * @param date         the date of the visit it is bought at (and first used)
     * @param contractDate the day its contract document is received (on or before {@code date})
     * @param paid         what it costs
     * @param covered      what the sheet states of coverage (the package's, else its goal's)
     * @param policy       the clinic's cancellation policy for it, if stated
     * @param single       what a single session of its method costs in the scenario
     * @param firstSingle  what the first of its sessions would cost singly, when it is the plan's first
     *                     visit and the sheet gives a first-visit price
     */
    public record Bought(int purchase, LocalDate date, LocalDate contractDate, long paid, int sessions,
            OptionalInt validMonths, Optional<Boolean> covered, Optional<CancellationPolicy> policy, long single,
            OptionalLong firstSingle) {

        public Bought {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(contractDate, "contractDate");
            Objects.requireNonNull(validMonths, "validMonths");
            Objects.requireNonNull(covered, "covered");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(firstSingle, "firstSingle");
            if (contractDate.isAfter(date)) {
                throw new IllegalArgumentException("a contract is received on or before the purchase");
            }
        }
    }

    /** The scenario's prepayment; empty when it buys no package. */
    public static Optional<Prepayment> of(CurrencyUnit currency, List<Bought> bought) {
        if (bought.isEmpty()) {
            return Optional.empty();
        }
        List<PackageRisk> risks = new ArrayList<>();
        PrepaidAtRisk atRisk = null;
        for (Bought b : bought) {
            risks.add(risk(currency, b));
            // Right after its first session, a package's unused part is at its largest.
            long unused = unusedAfterOne(b.paid(), b.sessions());
            if (atRisk == null || unused > atRisk.amount()) {
                atRisk = new PrepaidAtRisk(unused, b.date());
            }
        }
        return Optional.of(new Prepayment(risks, atRisk));
    }

    /** paid − (1 × paid ÷ sessions, rounded up): the unused part of a package after its first session. */
    static long unusedAfterOne(long paid, int sessions) {
        return paid - Refunds.consumed(paid, sessions, 1);
    }

    /** Coverage as far as the sheet states it, then the law's thresholds. */
    public static Coverage coverage(CurrencyUnit currency, long paid, OptionalInt validMonths,
            Optional<Boolean> covered) {
        if (covered.isPresent()) {
            return covered.get() ? Coverage.COVERED : Coverage.NOT_COVERED;
        }
        if (!Refunds.lawApplies(currency)) {
            return Coverage.NOT_YEN;
        }
        boolean overAmount = paid > Refunds.THRESHOLD_AMOUNT;
        boolean overMonth = validMonths.isEmpty() || validMonths.getAsInt() > Refunds.THRESHOLD_MONTHS;
        return overAmount && overMonth ? Coverage.MAY_BE_COVERED : Coverage.UNDER_THRESHOLDS;
    }

    private static PackageRisk risk(CurrencyUnit currency, Bought b) {
        Coverage coverage = coverage(currency, b.paid(), b.validMonths(), b.covered());
        // The law's yen caps apply to a yen sheet whose contract is covered, or may be.
        Optional<StopTerms> law = coverage.lawShown() && Refunds.lawApplies(currency)
                ? Optional.of(Refunds.LAW) : Optional.empty();
        Optional<StopTerms> clinic = b.policy().map(p -> Refunds.terms(p, b.single()));
        List<Stop> stops = Refunds.table(law, clinic, b.paid(), b.sessions());
        long[] singles = new long[b.sessions()];
        long sum = 0;
        for (int n = 1; n <= b.sessions(); n++) {
            sum = Math.addExact(sum, n == 1 ? b.firstSingle().orElse(b.single()) : b.single());
            singles[n - 1] = sum;
        }
        return new PackageRisk(b.purchase(), b.contractDate(),
                b.contractDate().plusDays(Refunds.COOLING_OFF_DAYS - 1), b.paid(), b.sessions(), coverage, stops,
                BreakEven.of(b.paid(), stops, singles), b.policy().isPresent());
    }
}
