package dev.exoplan.core.finance;

import static dev.exoplan.core.Fixtures.JPY;
import static dev.exoplan.core.Fixtures.fee;
import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.sheet;
import static dev.exoplan.core.Fixtures.skin;
import static dev.exoplan.core.Fixtures.tax;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.Fixtures;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Planner;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A plan's packages on instalments, by hand: sample-c's course (¥374,000 for 5 IV sessions, tax included),
 * from 2027-01-04. Typical (91,300 + 88,000 singly, then the course at its third visit on 2027-02-15); high
 * buys the course at 1 (2027-01-04) and at 6 (2027-05-01); low buys none. 24 instalments at 16.37:
 * fee 374,000 × 16.37 ÷ 100 = 61,223.8 → 61,223, total 435,223, 18,134 a month, the first 18,141.
 */
class InstalmentsTests {

    private static final Plan PLAN = Planner.plan(sheet(JPY, tax("0.10", true, TaxRounding.FLOOR), List.of(skin()),
            new Clinic("c", LocalizedText.plain("C"), Disclosure.NONE,
                    Map.of("iv", prices(yen(55_000), yen(88_000), yen(132_000))),
                    List.of(fee("consultation", yen(3_300), Charge.ONCE, false)), Map.of(), Map.of(),
                    List.of(new CoursePackage(Optional.empty(), "iv", Optional.empty(), 5, yen(374_000),
                            OptionalInt.of(12))))),
            new PlanRequest("skin", "iv", Optional.empty(), LocalDate.parse("2027-01-04"), 12));

    private static final CreditTerms TERMS = new CreditTerms(24, new BigDecimal("16.37"), Optional.empty(), 1, 27,
            Remainder.FIRST);

    private static final Instalments LOAN = Instalments.of(PLAN, Optional.of("loan"), TERMS);

    @Test
    void everyPackageOfEveryScenario_isBoughtOnTheTermsFromItsDay() {
        assertEquals(List.of(), LOAN.scenario(Scenario.LOW));
        Instalments.Financed typical = LOAN.scenario(Scenario.TYPICAL).get(0);
        assertEquals(2, typical.purchase());
        assertEquals(LocalDate.of(2027, 2, 15), typical.date());
        assertEquals(435_223, typical.loan().total());
        assertEquals(LocalDate.of(2027, 3, 27), typical.loan().first().date());
        assertEquals(List.of(0, 1), LOAN.scenario(Scenario.HIGH).stream().map(Instalments.Financed::purchase).toList());
        assertEquals(LocalDate.of(2027, 5, 1), LOAN.scenario(Scenario.HIGH).get(1).date());
        assertEquals(Optional.of("loan"), LOAN.plan());
        assertEquals(TERMS, LOAN.terms());
    }

    @Test
    void aPurchasesLoan_isFoundByItsIndex() {
        assertEquals(Optional.of(61_223L), LOAN.loan(Scenario.TYPICAL, 2).map(l -> l.fee()));
        assertEquals(Optional.empty(), LOAN.loan(Scenario.TYPICAL, 0));
    }

    @Test
    void theFees_addUpPerScenario_andTheSmallestPriceIsTheCourses() {
        assertEquals(0, LOAN.fees(Scenario.LOW));
        assertEquals(61_223, LOAN.fees(Scenario.TYPICAL));
        assertEquals(122_446, LOAN.fees(Scenario.HIGH));
        assertTrue(LOAN.any());
        assertEquals(Optional.of(374_000L), LOAN.smallest());
    }

    @Test
    void aPlanWithoutPackages_financesNothing() {
        Instalments none = Instalments.of(Planner.plan(Fixtures.workedExample(),
                new PlanRequest("skin", "iv", Optional.empty(), LocalDate.parse("2027-01-04"), 12)), Optional.empty(),
                TERMS);
        assertFalse(none.any());
        assertEquals(Optional.empty(), none.smallest());
    }

    @Test
    void theMonths_payTheVisitsLessTheFinancedCourse_plusTheInstalments() {
        NavigableMap<YearMonth, Long> months = LOAN.monthly(PLAN, Scenario.TYPICAL);
        // January: 91,300 (with the consultation) + 88,000; February: the course, financed (374,000 − 374,000)
        assertEquals(179_300, months.get(YearMonth.of(2027, 1)));
        assertEquals(0, months.get(YearMonth.of(2027, 2)));
        assertEquals(18_141, months.get(YearMonth.of(2027, 3)));
        assertEquals(18_134, months.get(YearMonth.of(2027, 4)));
        assertEquals(18_134, months.get(YearMonth.of(2029, 2)));
        // January 2027 to February 2029: 26 months
        assertEquals(26, months.size());
        assertEquals(YearMonth.of(2029, 2), months.lastKey());
        long sum = months.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(553_300 + 61_223, sum);
    }

    @Test
    void monthsWithoutAVisitOrPayment_areListedAsZero() {
        // low: 3 initial sessions 4 weeks apart (Jan, Feb, Mar), then every 4 months (Jul, Nov)
        NavigableMap<YearMonth, Long> months = LOAN.monthly(PLAN, Scenario.LOW);
        assertEquals(0, months.get(YearMonth.of(2027, 4)));
        assertEquals(YearMonth.of(2027, 1), months.firstKey());
        assertEquals(11, months.size());
    }

    @Test
    void instalmentsForSomeScenariosOnly_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Instalments(Optional.empty(), TERMS,
                Map.of(Scenario.LOW, List.of())));
        assertThrows(NullPointerException.class, () -> new Instalments.Financed(0, null,
                LOAN.scenario(Scenario.TYPICAL).get(0).loan()));
        assertThrows(NullPointerException.class, () -> new Instalments.Financed(0, LocalDate.MIN, null));
    }
}
