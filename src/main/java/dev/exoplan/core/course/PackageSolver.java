package dev.exoplan.core.course;

import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.SessionPrice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
        List<CoursePackage> packages = order(price);
        long[] days = new long[n];
        for (int i = 0; i < n; i++) {
            days[i] = visits.get(i).toEpochDay();
        }
        Costs costs = new Costs(packages.size(), n);
        costs.visits(n);
        long singles = 0;
        for (int i = 0; i < n; i++) {
            long single = cost.total(i, Optional.of(single(price, i).price()));
            singles = Math.addExact(singles, single);
            costs.visit(i, cost.total(i, Optional.empty()), single);
            LocalDate from = visits.get(i);
            for (int p = 0; p < packages.size(); p++) {
                CoursePackage pack = packages.get(p);
                long expiry = pack.validMonths().isEmpty() ? Long.MAX_VALUE
                        : from.plusMonths(pack.validMonths().getAsInt()).toEpochDay();
                costs.bought(p, i, cost.total(i, Optional.of(pack.price())),
                        reach(days, n, i, pack.sessions(), expiry));
            }
        }
        long total = costs.solve();
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < n; i += costs.span(i)) {
            int p = costs.pick(i);
            if (p < 0) {
                purchases.add(single(price, i));
            } else {
                CoursePackage pack = packages.get(p);
                purchases.add(new Purchase(Purchase.Kind.PACKAGE, Optional.of(pack), pack.price(), i, costs.span(i)));
            }
        }
        return new Solution(purchases, total, singles);
    }

    /** A price's packages in the order the solver tries them: fewer sessions first, then the sheet's order. */
    public static List<CoursePackage> order(SessionPrice price) {
        // The sort is stable; no stream: quote calls this per row.
        List<CoursePackage> packages = new ArrayList<>(price.packages());
        packages.sort(Comparator.comparingInt(CoursePackage::sessions));
        return packages;
    }

    /**
     * What each visit of a course costs, in minor units, each way it can be paid for, and the cheapest
     * choice at each visit once {@link #solve} has run: the solver's table, filled in by its caller.
     * Packages are numbered in {@link #order}. One table serves course after course (a quote table's
     * rows) of up to its capacity of visits; it is not thread-safe.
     */
    public static final class Costs {
        private final int packages;
        private final int capacity;
        private int n;
        /** By visit: paid for by a package bought earlier; a single session bought there. */
        private final long[] nothing;
        private final long[] single;
        /** By package and visit ({@code p * capacity + i}): the package bought there, and how many visits it pays for. */
        private final long[] bought;
        private final int[] reach;
        private final long[] nothingBefore;
        private final long[] best;
        /** By visit, after {@link #solve}: the package bought there (-1: a single session), and the visits it pays. */
        private final int[] pick;
        private final int[] span;

        /**
         * @param packages how many packages the price offers
         * @param capacity the most visits a course will have
         */
        public Costs(int packages, int capacity) {
            this.packages = packages;
            this.capacity = capacity;
            nothing = new long[capacity];
            single = new long[capacity];
            bought = new long[packages * capacity];
            reach = new int[packages * capacity];
            nothingBefore = new long[capacity + 1];
            best = new long[capacity + 1];
            pick = new int[capacity];
            span = new int[capacity];
        }

        /** Starts a course of {@code n} visits, at most the capacity (every cost must then be given again). */
        public void visits(int n) {
            Objects.checkFromToIndex(0, n, capacity);
            this.n = n;
        }

        /**
         * Visit {@code i} paid for by an earlier package ({@code nothing}), or by a single session bought
         * there ({@code single}: at the first-visit price at the first visit, where there is one).
         */
        public void visit(int i, long nothing, long single) {
            this.nothing[i] = nothing;
            this.single[i] = single;
        }

        /**
         * Package {@code p} bought at visit {@code i}, for {@code cost}, paying for up to {@code reach}
         * visits from it (at least 1).
         */
        public void bought(int p, int i, long cost, int reach) {
            this.bought[p * capacity + i] = cost;
            this.reach[p * capacity + i] = reach;
        }

        /**
         * The dynamic programme: the least cost of all the visits, with the choice at each visit kept for
         * {@link #pick} and {@link #span}.
         *
         * @throws ArithmeticException when a total passes what a {@code long} holds
         */
        public long solve() {
            // nothingBefore: prefix sums of the visits paid for earlier, so that a package's stretch is O(1).
            nothingBefore[0] = 0;
            for (int i = 0; i < n; i++) {
                nothingBefore[i + 1] = Math.addExact(nothingBefore[i], nothing[i]);
            }
            best[n] = 0;
            for (int i = n - 1; i >= 0; i--) {
                long bestCost = Math.addExact(single[i], best[i + 1]);
                int bestPick = -1;
                int bestSpan = 1;
                for (int p = 0; p < packages; p++) {
                    long cost = bought[p * capacity + i];
                    for (int k = reach[p * capacity + i]; k >= 1; k--) {
                        long total = Math.addExact(Math.addExact(cost, nothingBefore[i + k] - nothingBefore[i + 1]),
                                best[i + k]);
                        if (total < bestCost) {
                            bestCost = total;
                            bestPick = p;
                            bestSpan = k;
                        }
                    }
                }
                best[i] = bestCost;
                pick[i] = bestPick;
                span[i] = bestSpan;
            }
            return best[0];
        }

        /** After {@link #solve}: the package bought at visit {@code i} in the cheapest plan, or -1 for a single session. */
        public int pick(int i) {
            return pick[i];
        }

        /** After {@link #solve}: how many visits from {@code i} the choice there pays for. */
        public int span(int i) {
            return span[i];
        }
    }

    private static Purchase single(SessionPrice price, int visit) {
        if (visit == 0 && price.firstVisit().isPresent()) {
            return new Purchase(Purchase.Kind.FIRST_VISIT, Optional.empty(), price.firstVisit().get(), 0, 1);
        }
        return new Purchase(Purchase.Kind.SINGLE, Optional.empty(), price.regular(), visit, 1);
    }

    /**
     * How many of the visits {@code days[i..n)} (epoch days, in order) a package of {@code sessions} first
     * used at visit {@code i} can pay for, when it expires on the epoch day {@code expiry} (a visit on that
     * day is too late; {@link Long#MAX_VALUE} for a package that does not expire).
     */
    public static int reach(long[] days, int n, int i, int sessions, long expiry) {
        int limit = Math.min(sessions, n - i);
        int k = 1;
        while (k < limit && days[i + k] < expiry) {
            k++;
        }
        return k;
    }
}
