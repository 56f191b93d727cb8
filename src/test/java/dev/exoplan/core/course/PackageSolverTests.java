package dev.exoplan.core.course;

import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.SessionPrice;
import dev.exoplan.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cheapest purchases, hand-computed; the arithmetic is in the comments. */
class PackageSolverTests {

    /** What is bought with no fees and tax included: the price itself, in yen. */
    private static final PackageSolver.VisitCost PRICE_ONLY = (visit, bought) -> bought
            .map(a -> Amounts.plain(a).longValueExact()).orElse(0L);

    private static CoursePackage pack(int sessions, long price) {
        return new CoursePackage(Optional.empty(), "iv", Optional.empty(), sessions, yen(price), OptionalInt.empty());
    }

    private static CoursePackage pack(int sessions, long price, int validMonths) {
        return new CoursePackage(Optional.of(LocalizedText.plain(sessions + " sessions")), "iv", Optional.empty(),
                sessions, yen(price), OptionalInt.of(validMonths));
    }

    private static SessionPrice price(long single, Optional<MonetaryAmount> firstVisit, CoursePackage... packages) {
        return new SessionPrice(Optional.empty(), yen(single), firstVisit, List.of(packages));
    }

    /** {@code n} visits three weeks apart from 4 January 2027. */
    private static List<LocalDate> visits(int n) {
        return IntStream.range(0, n).mapToObj(i -> LocalDate.of(2027, 1, 4).plusWeeks(3L * i)).toList();
    }

    /** Each purchase as "kind first+visits", such as "PACKAGE 0+5" or "SINGLE 5+1". */
    private static List<String> shape(PackageSolver.Solution s) {
        return s.purchases().stream().map(p -> p.kind() + " " + p.first() + "+" + p.visits()
                + p.pack().map(x -> "/" + x.sessions()).orElse("")).toList();
    }

    @Nested
    class TheIssuesCourseTable {

        /** IV: one session ¥150,000; courses of 2 ¥280,000, 3 ¥420,000, 4 ¥480,000, 5 ¥550,000. */
        private final SessionPrice courses = price(150_000, Optional.empty(), pack(5, 550_000), pack(2, 280_000),
                pack(4, 480_000), pack(3, 420_000));

        @Test
        void fiveSessions_costTheFiveSessionCourseNotFiveSingles() {
            PackageSolver.Solution s = PackageSolver.cheapest(visits(5), courses, PRICE_ONLY);

            // 5 × 150,000 = 750,000 singly; the 5-session course is 550,000: 200,000 saved (−27 %).
            assertEquals(550_000, s.total());
            assertEquals(750_000, s.singlesTotal());
            assertEquals(200_000, s.saving());
            assertEquals(List.of("PACKAGE 0+5/5"), shape(s));
        }

        @Test
        void sevenSessions_costATwoAndAFiveSessionCourse() {
            PackageSolver.Solution s = PackageSolver.cheapest(visits(7), courses, PRICE_ONLY);

            // best(n) = min(150,000 + best(n−1), 280,000 + best(n−2), 420,000 + best(n−3), 480,000 + best(n−4),
            //               550,000 + best(n−5)):
            // best 1..6 = 150,000; 280,000; 420,000; 480,000; 550,000; 700,000 (5-course + single)
            // best 7 = min(850,000, 280,000 + 550,000 = 830,000, 420,000 + 480,000 = 900,000,
            //              480,000 + 420,000 = 900,000, 550,000 + 280,000 = 830,000) = 830,000 (singly 1,050,000).
            // 2 + 5 and 5 + 2 tie; the tie goes to the smaller package at the first visit (less paid in advance).
            assertEquals(830_000, s.total());
            assertEquals(1_050_000, s.singlesTotal());
            assertEquals(List.of("PACKAGE 0+2/2", "PACKAGE 2+5/5"), shape(s));
        }

        @Test
        void sixSessions_costTheFiveSessionCourseAndOneSingle() {
            PackageSolver.Solution s = PackageSolver.cheapest(visits(6), courses, PRICE_ONLY);

            // 550,000 + 150,000 = 700,000 < 4 + 2 courses 760,000 < 3 + 3 courses 840,000. A single and then
            // the course ties with the course and then a single; the tie goes to the single at the first visit.
            assertEquals(700_000, s.total());
            assertEquals(List.of("SINGLE 0+1", "PACKAGE 1+5/5"), shape(s));
        }
    }

    @Test
    void greedyBiggestOrCheapestPerSession_isBeatenByTwoSmallerPackages() {
        // Single 100; 4 for 300 (75 a session, the biggest and the best per session); 3 for 240 (80).
        SessionPrice p = price(100, Optional.empty(), pack(4, 300), pack(3, 240));

        PackageSolver.Solution s = PackageSolver.cheapest(visits(6), p, PRICE_ONLY);

        // Greedy takes 4 for 300 and then 2 singles for 200 (a 3-pack would be 240): 500.
        // Two 3-packs: 240 + 240 = 480.
        assertEquals(480, s.total());
        assertEquals(List.of("PACKAGE 0+3/3", "PACKAGE 3+3/3"), shape(s));
    }

    @Test
    void aPackageThatCostsLessThanItsUsedSessions_isBoughtAndItsLastSessionLost() {
        // Single 100, 5 for 350: four visits cost 400 singly, 350 with one session of the package unused.
        PackageSolver.Solution s = PackageSolver.cheapest(visits(4), price(100, Optional.empty(), pack(5, 350)),
                PRICE_ONLY);

        assertEquals(350, s.total());
        assertEquals(1, s.purchases().get(0).unused());
    }

    @Nested
    class Validity {

        /** Visits on 4 Jan, 4 Feb, 4 Mar, 4 Jun and 4 Sep 2027. */
        private final List<LocalDate> visits = List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 4),
                LocalDate.of(2027, 3, 4), LocalDate.of(2027, 6, 4), LocalDate.of(2027, 9, 4));

        @Test
        void aPackageValidThreeMonths_paysOnlyForTheVisitsBeforeItExpires() {
            // 5 for 250, valid 3 months from 4 Jan: until (not on) 4 Apr, so visits 1–3 only.
            // 250 + 2 singles × 100 = 450, against 500 singly (and 250 were it valid for ever).
            PackageSolver.Solution s = PackageSolver.cheapest(visits, price(100, Optional.empty(), pack(5, 250, 3)),
                    PRICE_ONLY);

            assertEquals(450, s.total());
            assertEquals(List.of("PACKAGE 0+3/5", "SINGLE 3+1", "SINGLE 4+1"), shape(s));
            assertEquals(2, s.purchases().get(0).unused());
        }

        @Test
        void aVisitOnTheDayTheValidityEnds_isNotCovered() {
            // Visits on 4 Jan and 4 Jun; 2 for 150, single 100. Valid 5 months: until 4 Jun, and the visit on
            // 4 Jun is not before it, so two singles (200). Valid 6 months: the package (150).
            List<LocalDate> two = List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 4));

            assertEquals(200, PackageSolver.cheapest(two, price(100, Optional.empty(), pack(2, 150, 5)), PRICE_ONLY)
                    .total());
            assertEquals(150, PackageSolver.cheapest(two, price(100, Optional.empty(), pack(2, 150, 6)), PRICE_ONLY)
                    .total());
        }

        @Test
        void withoutValidMonths_aPackageNeverExpires() {
            PackageSolver.Solution s = PackageSolver.cheapest(visits, price(100, Optional.empty(), pack(5, 250)),
                    PRICE_ONLY);

            assertEquals(250, s.total());
        }
    }

    @Nested
    class FirstVisitPrice {

        /** 2 cc: 77,000, first visit 55,000, and (for these tests) a 5-session package for 300,000. */
        private final SessionPrice dose = price(77_000, Optional.of(yen(55_000)), pack(5, 300_000));

        @Test
        void aShortCourse_usesTheFirstVisitPriceForTheFirstSessionOnly() {
            PackageSolver.Solution s = PackageSolver.cheapest(visits(2), dose, PRICE_ONLY);

            // 55,000 + 77,000 = 132,000 (the package, 300,000, is dearer).
            assertEquals(132_000, s.total());
            assertEquals(List.of("FIRST_VISIT 0+1", "SINGLE 1+1"), shape(s));
        }

        @Test
        void fiveSessions_buyThePackageAtTheFirstVisitInsteadOfTheFirstVisitPrice() {
            PackageSolver.Solution s = PackageSolver.cheapest(visits(5), dose, PRICE_ONLY);

            // package at visit 1: 300,000; first visit + package for visits 2–5 (one session lost): 355,000;
            // singly: 55,000 + 4 × 77,000 = 363,000.
            assertEquals(300_000, s.total());
            assertEquals(363_000, s.singlesTotal());
            assertEquals(List.of("PACKAGE 0+5/5"), shape(s));
        }

        @Test
        void sixSessions_takeTheFirstVisitPriceAndThenThePackage() {
            PackageSolver.Solution s = PackageSolver.cheapest(visits(6), dose, PRICE_ONLY);

            // 55,000 + 300,000 = 355,000 beats 300,000 + 77,000 = 377,000.
            assertEquals(355_000, s.total());
            assertEquals(List.of("FIRST_VISIT 0+1", "PACKAGE 1+5/5"), shape(s));
        }
    }

    @Test
    void aPackageThatSavesNothing_losesTheTieToSingleSessions() {
        // 2 for 200 against 2 × 100: equal, and a single session asks for less in advance.
        PackageSolver.Solution s = PackageSolver.cheapest(visits(2), price(100, Optional.empty(), pack(2, 200)),
                PRICE_ONLY);

        assertEquals(List.of("SINGLE 0+1", "SINGLE 1+1"), shape(s));
        assertEquals(0, s.saving());
    }

    @Test
    void visitCosts_countTheFeesOfVisitsAPackagePaysFor() {
        // A fee of 1,000 at every visit; 10 % tax added, rounded down, per visit:
        // a visit with a purchase x costs floor((x + 1,000) × 1.1); one paid by a package 1,100.
        PackageSolver.VisitCost taxed = (visit, bought) -> (bought.map(a -> Amounts.plain(a).longValueExact())
                .orElse(0L) + 1_000) * 11 / 10;
        PackageSolver.Solution s = PackageSolver.cheapest(visits(3),
                price(10_000, Optional.empty(), pack(3, 27_000)), taxed);

        // Package: (27,000 + 1,000) × 1.1 + 2 × 1,100 = 30,800 + 2,200 = 33,000.
        // Singly: 3 × (11,000 × 1.1) = 3 × 12,100 = 36,300.
        assertEquals(33_000, s.total());
        assertEquals(36_300, s.singlesTotal());
    }

    @Test
    void aPackageCheaperThanOneSession_isBoughtForTheOnlyVisitItCanStillPayFor() {
        // One visit: a single session ¥150,000, or a 5-session package at ¥120,000 of which 4 are lost.
        // best(1) = min(150,000, 120,000) = 120,000, the package paying for visit 0 alone (k = 1).
        PackageSolver.Solution s = PackageSolver.cheapest(visits(1), price(150_000, Optional.empty(),
                pack(5, 120_000)), PRICE_ONLY);

        assertEquals(120_000, s.total());
        assertEquals(List.of("PACKAGE 0+1/5"), shape(s));
    }

    @Test
    void aCostTable_refusesMoreVisitsThanItHasRoomFor() {
        PackageSolver.Costs costs = new PackageSolver.Costs(1, 3);
        costs.visits(3);

        assertThrows(IndexOutOfBoundsException.class, () -> costs.visits(4));
    }

    @Test
    void aCostTableUsedAgainForAShorterCourse_solvesOnlyItsVisits() {
        // The same table, a course of 3 visits at ¥100 each, then one of 2 at ¥70 each (the third visit's
        // figures are left from the first course): 2 × 70 = 140, not 3 × 70 or 140 + 100.
        PackageSolver.Costs costs = new PackageSolver.Costs(0, 3);
        costs.visits(3);
        for (int i = 0; i < 3; i++) {
            costs.visit(i, 0, 100);
        }
        assertEquals(300, costs.solve());
        costs.visits(2);
        costs.visit(0, 0, 70);
        costs.visit(1, 0, 70);

        assertEquals(140, costs.solve());
        assertEquals(-1, costs.pick(0));
        assertEquals(1, costs.span(1));
    }
}
