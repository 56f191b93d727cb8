package dev.exoplan.core.check;

import dev.exoplan.core.finance.FeeRates;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;

/**
 * What a clinic's credit plans state against themselves and its prices: a table row that does not match
 * the plan's own annual rate (W-FINANCING-APR), a fee per 100 that falls as the instalments rise
 * (W-FINANCING-ORDER), and a minimum above everything the plan may finance (W-FINANCING-MINIMUM). Pure:
 * findings carry JSON pointers.
 */
public final class FinancingChecks {

    private FinancingChecks() {
    }

    /** Every financing check on clinic number {@code index}, plan by plan. */
    public static List<Finding> clinic(int index, Clinic clinic) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < clinic.financing().size(); i++) {
            Financing plan = clinic.financing().get(i);
            int at = i;
            apr(plan).ifPresent(n -> findings.add(Finding.warning("W-FINANCING-APR",
                    Pointers.of("clinics", index, "financing", at, "feePer100", String.valueOf(n)),
                    Message.of("finding.w-financing-apr", plan.id(), String.valueOf(n),
                            plan.feePer100().get(n).toPlainString(), plan.apr().orElseThrow().toPlainString(),
                            FeeRates.fromApr(plan.apr().orElseThrow(), n).toPlainString()),
                    Message.of("finding.w-financing-apr.fix"))));
            falling(plan).ifPresent(n -> findings.add(Finding.warning("W-FINANCING-ORDER",
                    Pointers.of("clinics", index, "financing", at, "feePer100", String.valueOf(n)),
                    Message.of("finding.w-financing-order", plan.id(), String.valueOf(n),
                            plan.feePer100().get(n).toPlainString()),
                    Message.of("finding.w-financing-order.fix"))));
            if (plan.minimum().isPresent() && aboveEverything(plan, clinic)) {
                findings.add(Finding.warning("W-FINANCING-MINIMUM",
                        Pointers.of("clinics", index, "financing", at, "minimum"),
                        Message.of("finding.w-financing-minimum", plan.id(), plain(plan.minimum().get()),
                                Message.of("finding.w-financing-minimum." + plan.finances().id())),
                        Message.of("finding.w-financing-minimum.fix")));
            }
        }
        return findings;
    }

    /** The first row of a plan that states both a table and a rate where the two disagree. */
    static Optional<Integer> apr(Financing plan) {
        if (plan.apr().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal apr = plan.apr().get();
        return plan.feePer100().entrySet().stream()
                .filter(row -> row.getValue().compareTo(FeeRates.fromApr(apr, row.getKey())) != 0)
                .map(Map.Entry::getKey).findFirst();
    }

    /** The first row whose fee per 100 is below the row of fewer instalments before it. */
    static Optional<Integer> falling(Financing plan) {
        BigDecimal previous = null;
        for (Map.Entry<Integer, BigDecimal> row : plan.feePer100().entrySet()) {
            if (previous != null && row.getValue().compareTo(previous) < 0) {
                return Optional.of(row.getKey());
            }
            previous = row.getValue();
        }
        return Optional.empty();
    }

    /**
     * Whether the plan's minimum is above every amount it may finance: every package's price, and for a
     * plan of every visit also the dearest session (never where there is nothing to finance: no package).
     */
    static boolean aboveEverything(Financing plan, Clinic clinic) {
        Stream<MonetaryAmount> packages = clinic.packages().stream().map(CoursePackage::price);
        Stream<MonetaryAmount> sessions = plan.finances() == Financing.Finances.VISITS
                ? clinic.prices().values().stream().map(Range::max) : Stream.empty();
        long minimum = Amounts.minor(plan.minimum().orElseThrow());
        long[] amounts = Stream.concat(packages, sessions).mapToLong(Amounts::minor).toArray();
        return amounts.length > 0 && Arrays.stream(amounts).allMatch(p -> p < minimum);
    }

    private static String plain(MonetaryAmount amount) {
        return Amounts.plain(amount).toPlainString();
    }
}
