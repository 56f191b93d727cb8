package dev.exoplan.core.cost;

import static dev.exoplan.core.Fixtures.workedExample;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
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
}
