package dev.exoplan.core.check;

import dev.exoplan.core.course.Refunds;
import dev.exoplan.core.course.Stop;
import dev.exoplan.core.course.StopTerms;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.sheet.CancellationPolicy;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Range.Bound;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What a clinic's packages promise against the law's rules for course contracts and the goals' schedules:
 * a stated cancellation policy that charges more than the law's caps on a covered contract
 * (W-CANCEL-CAP), a covered package over 50,000 yen without one (W-CANCEL-MISSING), and a validity too
 * short for the package's sessions at the slowest schedule of a goal it serves (W-PACKAGE-VALIDITY). The
 * law's figures are in yen: the first two run on yen sheets only. Pure: findings carry JSON pointers.
 */
public final class CourseChecks {

    /** The first session of the slowest schedule, for W-PACKAGE-VALIDITY: any fixed day would do. */
    private static final LocalDate FIRST = LocalDate.of(2001, 1, 1);

    private CourseChecks() {
    }

    /** Every course check on clinic number {@code index}, package by package. */
    public static List<Finding> clinic(int index, Clinic clinic, Collection<Goal> goals, CurrencyUnit currency) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < clinic.packages().size(); i++) {
            CoursePackage p = clinic.packages().get(i);
            List<Goal> serving = goals.stream().filter(g -> g.offers(p.method())).toList();
            boolean covered = p.covered().orElseGet(() -> serving.stream()
                    .anyMatch(g -> g.covered().orElse(false)));
            Optional<CancellationPolicy> policy = clinic.cancellation(p);
            String sessions = String.valueOf(p.sessions());
            String what = p.method() + p.variant().map(v -> " " + v).orElse("");
            if (covered && Refunds.lawApplies(currency)) {
                if (policy.isPresent()) {
                    String at = p.cancellation().isPresent()
                            ? Pointers.of("clinics", index, "packages", i, "cancellation")
                            : Pointers.of("clinics", index, "cancellation");
                    overCap(p, policy.get(), single(clinic, p), sessions, what, at).ifPresent(findings::add);
                } else if (Amounts.minor(p.price()) > Refunds.THRESHOLD_AMOUNT) {
                    findings.add(Finding.warning("W-CANCEL-MISSING", Pointers.of("clinics", index, "packages", i),
                            Message.of("finding.w-cancel-missing", sessions, what, plain(p.price())),
                            Message.of("finding.w-cancel-missing.fix")));
                }
            }
            if (p.validMonths().isPresent()) {
                validity(p, serving, sessions, what, Pointers.of("clinics", index, "packages", i, "validMonths"))
                        .ifPresent(findings::add);
            }
        }
        return findings;
    }

    /**
     * The first stop at which the clinic's policy refunds less than the law's caps leave (the single price,
     * for a policy that values sessions at it: the variant's, or the range's typical).
     */
    static Optional<Finding> overCap(CoursePackage p, CancellationPolicy policy, long single, String sessions,
            String what, String at) {
        long price = Amounts.minor(p.price());
        StopTerms clinic = Refunds.terms(policy, single);
        for (int k = 0; k < p.sessions(); k++) {
            Stop byLaw = Refunds.stop(Refunds.LAW, price, p.sessions(), k);
            Stop byClinic = Refunds.stop(clinic, price, p.sessions(), k);
            if (byClinic.refund() < byLaw.refund()) {
                return Optional.of(Finding.warning("W-CANCEL-CAP", at,
                        Message.of("finding.w-cancel-cap", sessions, what, String.valueOf(k),
                                String.valueOf(byClinic.refund()), String.valueOf(byLaw.refund())),
                        Message.of("finding.w-cancel-cap.fix")));
            }
        }
        return Optional.empty();
    }

    /**
     * The goals at whose slowest schedule (fewest initial sessions, longest intervals: the low scenario's)
     * the package's sessions do not all fall before its validity ends, counted from its first session as
     * a plan counts them.
     */
    static Optional<Finding> validity(CoursePackage p, List<Goal> goals, String sessions, String what,
            String at) {
        int months = p.validMonths().getAsInt();
        LocalDate expiry = FIRST.plusMonths(months);
        for (Goal goal : goals) {
            Schedule slowest = Schedule.of(new Horizon(FIRST, Horizon.MAX_MONTHS), goal.schedule(Bound.MIN));
            long inside = slowest.sessions().stream().limit(p.sessions()).filter(s -> s.date().isBefore(expiry))
                    .count();
            if (inside < p.sessions()) {
                return Optional.of(Finding.warning("W-PACKAGE-VALIDITY", at,
                        Message.of("finding.w-package-validity", sessions, what, String.valueOf(months),
                                goal.id(), String.valueOf(inside)),
                        Message.of("finding.w-package-validity.fix")));
            }
        }
        return Optional.empty();
    }

    /** The single price a package's sessions stand against: its variant's price, or the range's typical. */
    private static long single(Clinic clinic, CoursePackage p) {
        MonetaryAmount single = p.variant().flatMap(v -> clinic.variant(p.method(), v)).map(Variant::price)
                .orElseGet(() -> clinic.price(p.method()).orElseThrow().typical());
        return Amounts.minor(single);
    }

    private static String plain(MonetaryAmount amount) {
        return Amounts.plain(amount).toPlainString();
    }
}
