package dev.exoplan.core.cost;

import static dev.exoplan.core.Fixtures.workedExample;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.exoplan.core.Fixtures.JPY;
import static dev.exoplan.core.Fixtures.fee;
import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.sheet;
import static dev.exoplan.core.Fixtures.skin;
import static dev.exoplan.core.Fixtures.tax;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.exoplan.core.course.Purchase;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BudgetTests {

    // The worked example (tax 10 % added): typical visits 93,500 then 88,000 each, 7 sessions, 621,500 in all;
    // low 5 sessions 170,500; high 10 sessions: 170,500 (150,000 + 5,000 + tax) then 165,000 each, 1,655,500.
    private final Plan plan = Planner.plan(workedExample(), new PlanRequest("skin", "iv", Optional.empty(),
            LocalDate.parse("2027-01-04"), 12));

    private static void assertAmount(MonetaryAmount expected, MonetaryAmount actual) {
        assertTrue(expected.isEqualTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void aBudgetAboveTheTotal_fitsWithTheRestLeft() {
        Budget.Reach low = Budget.of(plan, yen(200_000)).scenario(Scenario.LOW);
        assertTrue(low.fits());
        assertEquals(5, low.sessions());
        assertEquals(Optional.of(LocalDate.parse("2027-11-01")), low.lastDate());
        assertAmount(yen(29_500), low.left()); // 200,000 − 170,500
        assertAmount(yen(0), low.missing());
    }

    @Test
    void aBudgetThatRunsOut_saysUpToWhichSessionAndDateItPays() {
        // 93,500 + 4 × 88,000 = 445,500 ≤ 500,000 < 533,500: five sessions, the fifth on 2027-06-08
        Budget.Reach typical = Budget.of(plan, yen(500_000)).scenario(Scenario.TYPICAL);
        assertEquals(false, typical.fits());
        assertEquals(5, typical.sessions());
        assertEquals(Optional.of(LocalDate.parse("2027-06-08")), typical.lastDate());
        assertAmount(yen(54_500), typical.left());      // 500,000 − 445,500
        assertAmount(yen(121_500), typical.missing());  // 621,500 − 500,000
    }

    @Test
    void exactlyTheTotal_fitsWithNothingLeft() {
        Budget.Reach typical = Budget.of(plan, yen(621_500)).scenario(Scenario.TYPICAL);
        assertTrue(typical.fits());
        assertAmount(yen(0), typical.left());
    }

    @Test
    void lessThanTheFirstVisit_paysForNoSession() {
        Budget.Reach high = Budget.of(plan, yen(170_499)).scenario(Scenario.HIGH);
        assertEquals(0, high.sessions());
        assertEquals(Optional.empty(), high.lastDate());
        assertAmount(yen(1_485_001), high.missing()); // 1,655,500 − 170,499
    }

    @Test
    void aNegativeBudget_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> Budget.of(plan, yen(-1)));
    }

    @Test
    void aFlatScenarioThatRunsOut_saysWhatOneMoreSessionWouldCost() {
        // 93,500 + 4 × 88,000 = 445,500 paid; the sixth session makes 533,500
        Budget.Reach typical = Budget.of(plan, yen(500_000)).scenario(Scenario.TYPICAL);
        assertAmount(yen(533_500), typical.nextCosts().orElseThrow());
        assertEquals(List.of(), typical.purchases());
        assertEquals(5, typical.asPlanned());
        assertFalse(typical.buyDifferently());
        assertEquals(Optional.empty(), Budget.of(plan, yen(621_500)).scenario(Scenario.TYPICAL).nextCosts());
    }

    /**
     * A clinic that sells a course, as the built-in sample-c: iv 55,000 / 88,000 / 132,000 tax included,
     * a first consultation of 3,300 once, and 5 sessions for 374,000 valid 12 months. The plan's typical
     * scenario (7 sessions: 2027-01-04, 01-25, 02-15, 03-08, 06-08, 09-08, 12-08) buys singles at 1–2 and
     * the course at 3 (91,300 + 88,000 + 374,000 = 553,300, the cheapest for all seven); high (10 sessions,
     * 2027-01-04, 01-18, 02-01, 02-15, 03-01, …) buys the course at 1 and again at 6 (751,300).
     */
    @Nested
    class AtAClinicThatSellsACourse {

        private final Plan courses = Planner.plan(sheet(JPY, tax("0.10", true, TaxRounding.FLOOR), List.of(skin()),
                new Clinic("c", LocalizedText.plain("C"), Disclosure.NONE,
                        Map.of("iv", prices(yen(55_000), yen(88_000), yen(132_000))),
                        List.of(fee("consultation", yen(3_300), Charge.ONCE, false)), Map.of(), Map.of(),
                        List.of(new CoursePackage(Optional.empty(), "iv", Optional.empty(), 5, yen(374_000),
                                OptionalInt.of(12))))),
                new PlanRequest("skin", "iv", Optional.empty(), LocalDate.parse("2027-01-04"), 12));

        private Budget.Reach typical(long budget) {
            return Budget.of(courses, yen(budget)).scenario(Scenario.TYPICAL);
        }

        @Test
        void theCourseBoughtAtTheFirstSession_goesFurtherThanThePlansPurchases() {
            // The plan's purchases: 91,300 + 88,000 = 179,300, then the course (374,000) passes 400,000: 2 sessions.
            // The course at the first visit: 374,000 + 3,300 = 377,300 pays for sessions 1–5 (the fifth on
            // 2027-06-08); the sixth would make 465,300.
            Budget.Reach typical = typical(400_000);
            assertEquals(5, typical.sessions());
            assertEquals(2, typical.asPlanned());
            assertTrue(typical.buyDifferently());
            assertFalse(typical.fits());
            assertEquals(Optional.of(LocalDate.parse("2027-06-08")), typical.lastDate());
            assertAmount(yen(22_700), typical.left());     // 400,000 − 377,300
            assertAmount(yen(153_300), typical.missing()); // 553,300 − 400,000
            assertAmount(yen(465_300), typical.nextCosts().orElseThrow());
            assertEquals(List.of("PACKAGE 0+5"), describe(typical.purchases()));
        }

        @Test
        void justBelowTheCourse_singleSessionsGoFurthest() {
            // 377,299 is a yen short of the course at visit 1. Singles: 91,300 + 3 × 88,000 = 355,300 for four
            // sessions (a fifth single makes 443,300; the course for five, 377,300).
            Budget.Reach typical = typical(377_299);
            assertEquals(4, typical.sessions());
            assertEquals(2, typical.asPlanned());
            assertAmount(yen(21_999), typical.left()); // 377,299 − 355,300
            assertAmount(yen(377_300), typical.nextCosts().orElseThrow());
            assertEquals(List.of("SINGLE 0+1", "SINGLE 1+1", "SINGLE 2+1", "SINGLE 3+1"),
                    describe(typical.purchases()));
        }

        @Test
        void exactlyTheCourse_paysForFiveWithNothingLeft() {
            Budget.Reach typical = typical(377_300);
            assertEquals(5, typical.sessions());
            assertAmount(yen(0), typical.left());
        }

        @Test
        void whereThePlansPurchasesGoAsFar_theyAreTheOnesAssumed() {
            // High: the course at visit 1 (377,300) for sessions 1–5; the sixth would cost 132,000 more
            // (509,300) whichever way it is bought. The plan's own purchase stands.
            Budget.Reach high = Budget.of(courses, yen(400_000)).scenario(Scenario.HIGH);
            assertEquals(5, high.sessions());
            assertEquals(5, high.asPlanned());
            assertFalse(high.buyDifferently());
            assertEquals(Optional.of(LocalDate.parse("2027-03-01")), high.lastDate());
            assertAmount(yen(509_300), high.nextCosts().orElseThrow());
            assertEquals(List.of("PACKAGE 0+5"), describe(high.purchases()));
        }

        @Test
        void aBudgetForTheWholeCourse_assumesThePlansPurchases() {
            // High in all: 377,300 + 374,000 = 751,300.
            Budget.Reach high = Budget.of(courses, yen(800_000)).scenario(Scenario.HIGH);
            assertTrue(high.fits());
            assertAmount(yen(48_700), high.left());
            assertEquals(List.of("PACKAGE 0+5", "PACKAGE 5+5"), describe(high.purchases()));
            assertEquals(Optional.empty(), high.nextCosts());
        }

        @Test
        void lessThanTheCheapestFirstVisit_paysForNone_andSaysWhatTheFirstVisitCosts() {
            // The first visit costs at least 88,000 + 3,300 = 91,300 (a single session).
            Budget.Reach typical = typical(91_299);
            assertEquals(0, typical.sessions());
            assertEquals(0, typical.asPlanned());
            assertEquals(List.of(), typical.purchases());
            assertEquals(Optional.empty(), typical.lastDate());
            assertAmount(yen(91_300), typical.nextCosts().orElseThrow());
            assertEquals(1, typical(91_300).sessions());
        }

        @Test
        void atEveryBudget_theReachIsTheMostSessionsWhoseCheapestPurchasesFit() {
            // Against the definition, k by k: every 1,000 yen from 0 to past the high total, every scenario.
            for (Scenario s : Scenario.values()) {
                int n = courses.scenario(s).sessions();
                long[] cost = new long[n + 1];
                for (int k = 0; k <= n; k++) {
                    cost[k] = Planner.cheapestFirst(courses, s, k).total();
                }
                for (long budget = 0; budget <= 800_000; budget += 1_000) {
                    int expected = 0;
                    while (expected < n && cost[expected + 1] <= budget) {
                        expected++;
                    }
                    Budget.Reach reach = Budget.of(courses, yen(budget)).scenario(s);
                    String where = s + " at " + budget;
                    assertEquals(expected, reach.sessions(), where);
                    assertTrue(reach.asPlanned() <= reach.sessions(), where);
                    long left = Amounts.minor(reach.left());
                    // Bought differently, what is left is after the cheapest purchases; bought as planned,
                    // after the plan's, which may cost more for as many sessions.
                    if (reach.buyDifferently()) {
                        assertEquals(budget - cost[expected], left, where);
                    } else {
                        assertTrue(0 <= left && left <= budget - cost[expected], where);
                    }
                    if (expected < n) {
                        assertAmount(yen(cost[expected + 1]), reach.nextCosts().orElseThrow());
                    }
                }
            }
        }

        private static List<String> describe(List<Purchase> purchases) {
            return purchases.stream().map(p -> p.kind() + " " + p.first() + "+" + p.visits()).toList();
        }
    }
}
