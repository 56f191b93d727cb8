package dev.exoplan.core.cost;

import static dev.exoplan.core.Fixtures.JPY;
import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.sheet;
import static dev.exoplan.core.Fixtures.skin;
import static dev.exoplan.core.Fixtures.tax;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The bill of a plan that buys packages: one line per kind of purchase, each package named by its place. */
class PackageBillTests {

    private static final CoursePackage INJECTION_FOUR = new CoursePackage(Optional.empty(), "injection",
            Optional.empty(), 4, yen(60_000), OptionalInt.empty());
    private static final CoursePackage IV_THREE = new CoursePackage(Optional.empty(), "iv", Optional.empty(), 3,
            yen(390_000), OptionalInt.empty());

    /** IV at 150,000 yen a session or 390,000 for three (130,000 each), tax 0; the clinic's first package is injection's. */
    private static PriceSheet sheetWithAPackage() {
        Clinic clinic = new Clinic("p", LocalizedText.plain("P"), Disclosure.NONE,
                Map.of("iv", prices(yen(150_000), yen(150_000), yen(150_000)),
                        "injection", prices(yen(20_000), yen(20_000), yen(20_000))),
                List.of(), Map.of(), Map.of(), List.of(INJECTION_FOUR, IV_THREE));
        return sheet(JPY, tax("0", false, TaxRounding.FLOOR), List.of(skin()), clinic);
    }

    @Test
    void sevenSessions_buyTwoPackagesOfThreeAndOneSingle_billedAsTwoLines() {
        // Skin's typical plan has 7 sessions: 2 × 390,000 + 1 × 150,000 = 930,000 is the cheapest
        // (7 singles 1,050,000; 1 package + 4 singles 990,000; 3 packages 1,170,000).
        Plan plan = Planner.plan(sheetWithAPackage(), new PlanRequest("skin", "iv", Optional.of("p"),
                LocalDate.of(2027, 1, 4), 12));
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        assertEquals(7, typical.sessions());
        assertEquals(List.of("SESSION iv 1 × 150000 = 150000", "PACKAGE package-2 2 × 390000 = 780000"),
                typical.items().stream().map(i -> i.kind() + " " + i.id() + " " + i.quantity() + " × "
                        + Amounts.plain(i.unitPrice()).toPlainString() + " = "
                        + Amounts.plain(i.amount()).toPlainString()).toList());
        assertEquals(930_000, Amounts.minor(typical.receipt().total()));
    }

    @Test
    void aPackagesId_isItsPlaceInTheClinicsList_fromOne() {
        Clinic clinic = sheetWithAPackage().clinics().get(0);
        assertEquals("package-1", Planner.packageId(clinic, INJECTION_FOUR));
        assertEquals("package-2", Planner.packageId(clinic, IV_THREE));
    }
}
