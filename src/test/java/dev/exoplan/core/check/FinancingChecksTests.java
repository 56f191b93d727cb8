package dev.exoplan.core.check;

import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** validate's checks of a clinic's credit plans, by hand. */
class FinancingChecksTests {

    private static final LocalizedText NAME = LocalizedText.plain("Loan");

    private static Financing plan(Map<Integer, BigDecimal> table, Optional<BigDecimal> apr,
            Optional<MonetaryAmount> minimum, Financing.Finances finances) {
        return new Financing("loan", NAME, Optional.empty(), List.copyOf(new java.util.TreeSet<>(table.isEmpty()
                ? Set.of(10) : table.keySet())), table, apr, minimum, finances, 1, 27, Remainder.FIRST);
    }

    private static Clinic clinic(List<MonetaryAmount> packages, Financing plan) {
        return new Clinic("c", NAME, Disclosure.NONE, Map.of("iv", prices(yen(30_000), yen(80_000), yen(150_000))),
                List.of(), Map.of(), Map.of(), packages.stream().map(p -> new CoursePackage(Optional.empty(), "iv",
                        Optional.empty(), 5, p, OptionalInt.empty())).toList(), Optional.empty(), Set.of(),
                List.of(plan));
    }

    private static List<String> codes(Clinic clinic) {
        return FinancingChecks.clinic(3, clinic).stream().map(f -> f.code() + " " + f.pointer()).toList();
    }

    private static Map<Integer, BigDecimal> table(Object... rows) {
        Map<Integer, BigDecimal> table = new java.util.TreeMap<>();
        for (int i = 0; i < rows.length; i += 2) {
            table.put((Integer) rows[i], new BigDecimal((String) rows[i + 1]));
        }
        return table;
    }

    private static final Optional<BigDecimal> FIFTEEN = Optional.of(new BigDecimal("15"));

    @Test
    void aPublishedTableWithItsRate_hasNoFinding() {
        // 15 %: 10 → 7.00, 12 → 8.31, 24 → 16.37 (BigDecimal 7.0 equal in value to 7.00)
        assertEquals(List.of(), codes(clinic(List.of(yen(374_000)),
                plan(table(10, "7.0", 12, "8.31", 24, "16.37"), FIFTEEN, Optional.of(yen(30_000)),
                        Financing.Finances.PACKAGES))));
    }

    @Test
    void aRowThatDoesNotMatchTheRate_isWFinancingApr_atTheFirstSuchRow() {
        Clinic c = clinic(List.of(), plan(table(10, "7.00", 12, "8.40", 24, "16.00"), FIFTEEN, Optional.empty(),
                Financing.Finances.PACKAGES));
        assertEquals(List.of("W-FINANCING-APR /clinics/3/financing/0/feePer100/12"), codes(c));
        assertEquals("credit plan loan: the fee for 12 instalments is 8.40 per 100 yen, but its annual rate of 15 % "
                + "gives 8.31; plans charge the table", FinancingChecks.clinic(3, c).get(0).message());
    }

    @Test
    void aTableWithoutARate_isNotCheckedAgainstOne() {
        assertEquals(List.of(), codes(clinic(List.of(), plan(table(10, "9.99"), Optional.empty(), Optional.empty(),
                Financing.Finances.PACKAGES))));
    }

    @Test
    void aFeeThatFallsAsInstalmentsRise_isWFinancingOrder() {
        assertEquals(List.of("W-FINANCING-ORDER /clinics/3/financing/0/feePer100/12"), codes(clinic(List.of(),
                plan(table(10, "7.00", 12, "6.50", 24, "16.37"), Optional.empty(), Optional.empty(),
                        Financing.Finances.PACKAGES))));
        // equal rows do not fall
        assertEquals(List.of(), codes(clinic(List.of(), plan(table(10, "7.00", 12, "7.00"), Optional.empty(),
                Optional.empty(), Financing.Finances.PACKAGES))));
    }

    @Test
    void aMinimumAboveEveryPackage_isWFinancingMinimum_butNotAtAPackagesOwnPrice() {
        Optional<BigDecimal> none = Optional.empty();
        assertEquals(List.of("W-FINANCING-MINIMUM /clinics/3/financing/0/minimum"), codes(clinic(
                List.of(yen(100_000), yen(200_000)), plan(table(10, "7.00"), none, Optional.of(yen(200_001)),
                        Financing.Finances.PACKAGES))));
        assertEquals(List.of(), codes(clinic(List.of(yen(100_000), yen(200_000)),
                plan(table(10, "7.00"), none, Optional.of(yen(200_000)), Financing.Finances.PACKAGES))));
        // no package: nothing to weigh the minimum against
        assertEquals(List.of(), codes(clinic(List.of(), plan(table(10, "7.00"), none, Optional.of(yen(1)),
                Financing.Finances.PACKAGES))));
    }

    @Test
    void aPlanOfEveryVisit_weighsItsMinimumAgainstTheDearestSessionToo() {
        Optional<BigDecimal> none = Optional.empty();
        // the dearest session: 150,000
        assertEquals(List.of(), codes(clinic(List.of(), plan(table(10, "7.00"), none, Optional.of(yen(150_000)),
                Financing.Finances.VISITS))));
        Clinic over = clinic(List.of(), plan(table(10, "7.00"), none, Optional.of(yen(150_001)),
                Financing.Finances.VISITS));
        assertEquals(List.of("W-FINANCING-MINIMUM /clinics/3/financing/0/minimum"), codes(over));
        assertEquals("credit plan loan: its minimum of 150001 is above every package and the dearest session of the "
                + "clinic, so no plan can use it", FinancingChecks.clinic(3, over).get(0).message());
    }
}
