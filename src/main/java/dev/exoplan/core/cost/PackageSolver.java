package dev.exoplan.core.cost;

import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.SessionPrice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The cheapest way to pay for a course's dated visits with single sessions and packages: exact, by
 * dynamic programming over the visits, not a greedy guess.
 *
 * <p>State: the index {@code i} of the first visit not yet paid for; {@code best(n) = 0}. From {@code i}
 * a patient buys either a single session for visit {@code i} (at the first-visit price when {@code i}
 * is the first visit and the sheet gives one), or a package {@code P} first used at visit {@code i}
 * that pays for visits {@code i .. i+k-1}, for any {@code k} from 1 up to {@code P.sessions} whose
 * visits all fall strictly before {@code date(i) + P.validMonths} (sessions not used are lost). A package
 * may be bought at the first visit too, in place of the first-visit price. Work:
 * O(visits × packages × sessions per package).
 *
 * <p>Cost is what the patient pays, through a {@link VisitCost}, so that tax rounded per receipt and
 * the fees of each visit are counted exactly as the plan will count them.
 *
 * <p>Ties (equal totals) are broken at the earliest visit where the plans differ, preferring, in order:
 * a single session (less paid in advance), then the package with fewer sessions, then the one listed
 * first in the sheet, then the same package paying for more visits (fewer sessions lost).
 */
public final class PackageSolver {

    /**
     * What the patient pays at one visit, in minor units, when {@code purchase} is bought at it
     * (empty: nothing is bought there, the visit is paid for by a package bought earlier).
     */
    @FunctionalInterface
    public interface VisitCost {
        long total(int visit, Optional<MonetaryAmount> purchase);
    }

    /** The purchases in visit order, what they cost in all, and what single sessions alone would cost. */
    public record Solution(List<Purchase> purchases, long total, long singlesTotal) {

        public Solution {
            purchases = List.copyOf(purchases);
        }

        /** What the purchases save against buying every session on its own (never negative). */
        public long saving() {
            return singlesTotal - total;
        }
    }

    private PackageSolver() {
    }

    /**
     * @param visits the dates of the visits, in order
     * @throws ArithmeticException when a total passes what a {@code long} holds
     */
    public static Solution cheapest(List<LocalDate> visits, SessionPrice price, VisitCost cost) {
        int n = visits.size();
        // Fewer sessions first, then the sheet's order (the sort is stable); no stream: quote calls this per row.
        List<CoursePackage> packages = new ArrayList<>(price.packages());
        packages.sort(Comparator.comparingInt(CoursePackage::sessions));
        // nothing[i]: visit i paid for by an earlier package; prefix sums make a package's stretch O(1).
        long[] nothingBefore = new long[n + 1];
        for (int i = 0; i < n; i++) {
            nothingBefore[i + 1] = Math.addExact(nothingBefore[i], cost.total(i, Optional.empty()));
        }
        long[] best = new long[n + 1];
        Purchase[] choice = new Purchase[n];
        long singles = 0;
        for (int i = n - 1; i >= 0; i--) {
            Purchase single = single(price, i);
            long singleCost = cost.total(i, Optional.of(single.price()));
            singles = Math.addExact(singles, singleCost);
            long bestCost = Math.addExact(singleCost, best[i + 1]);
            Purchase bestChoice = single;
            for (CoursePackage p : packages) {
                long bought = cost.total(i, Optional.of(p.price()));
                int reach = reach(visits, i, p);
                for (int k = reach; k >= 1; k--) {
                    long total = Math.addExact(Math.addExact(bought, nothingBefore[i + k] - nothingBefore[i + 1]),
                            best[i + k]);
                    if (total < bestCost) {
                        bestCost = total;
                        bestChoice = new Purchase(Purchase.Kind.PACKAGE, Optional.of(p), p.price(), i, k);
                    }
                }
            }
            best[i] = bestCost;
            choice[i] = bestChoice;
        }
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < n; i = choice[i].last() + 1) {
            purchases.add(choice[i]);
        }
        return new Solution(purchases, best[0], singles);
    }

    private static Purchase single(SessionPrice price, int visit) {
        if (visit == 0 && price.firstVisit().isPresent()) {
            return new Purchase(Purchase.Kind.FIRST_VISIT, Optional.empty(), price.firstVisit().get(), 0, 1);
        }
        return new Purchase(Purchase.Kind.SINGLE, Optional.empty(), price.regular(), visit, 1);
    }

    /** How many visits from {@code i} a package first used at visit {@code i} can pay for. */
    private static int reach(List<LocalDate> visits, int i, CoursePackage p) {
        int limit = Math.min(p.sessions(), visits.size() - i);
        if (p.validMonths().isEmpty()) {
            return limit;
        }
        LocalDate expiry = visits.get(i).plusMonths(p.validMonths().getAsInt());
        int k = 1;
        while (k < limit && visits.get(i + k).isBefore(expiry)) {
            k++;
        }
        return k;
    }
}
