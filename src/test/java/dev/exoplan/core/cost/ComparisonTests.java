package dev.exoplan.core.cost;

import static dev.exoplan.core.Fixtures.JPY;
import static dev.exoplan.core.Fixtures.clinic;
import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.sheet;
import static dev.exoplan.core.Fixtures.skin;
import static dev.exoplan.core.Fixtures.tax;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clinics and methods side by side for one goal, cheapest first. */
class ComparisonTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    /**
     * Tax 0 so totals are sessions × price. Skin's typical scenario has 7 sessions over 12 months:
     * b/iv 7 × 10,000 = 70,000; a/iv and a/injection 7 × 20,000 = 140,000 (a tie, broken by method id);
     * c/iv 7 × 20,000 = 140,000 too (a tie with a, broken by clinic id).
     */
    private static PriceSheet sheetOfThree() {
        return sheet(JPY, tax("0", false, TaxRounding.FLOOR), List.of(skin()),
                clinic("c", Map.of("iv", prices(yen(20000), yen(20000), yen(20000)))),
                clinic("a", Map.of("iv", prices(yen(20000), yen(20000), yen(20000)),
                        "injection", prices(yen(20000), yen(20000), yen(20000)))),
                clinic("b", Map.of("iv", prices(yen(10000), yen(10000), yen(10000)))));
    }

    private static List<String> order(Comparison comparison) {
        return comparison.options().stream().map(o -> o.clinic().id() + "/" + o.method().id() + " "
                + o.quote().typical().total()).toList();
    }

    @Test
    void options_areCheapestFirstThenByClinicThenByMethod() {
        Comparison comparison = Comparison.of(sheetOfThree(), "skin", Set.of(), Set.of(), START, 12);
        assertEquals(List.of("b/iv 70000", "a/injection 140000", "a/iv 140000", "c/iv 140000"), order(comparison));
        assertEquals("skin", comparison.goal().id());
        assertEquals(START, comparison.start());
        assertEquals(12, comparison.months());
    }

    @Test
    void methodAndClinicFilters_leaveOutTheRest() {
        assertEquals(List.of("b/iv 70000", "a/iv 140000", "c/iv 140000"),
                order(Comparison.of(sheetOfThree(), "skin", Set.of("iv"), Set.of(), START, 12)));
        assertEquals(List.of("a/injection 140000", "a/iv 140000"),
                order(Comparison.of(sheetOfThree(), "skin", Set.of(), Set.of("a"), START, 12)));
        assertEquals(List.of(), order(Comparison.of(sheetOfThree(), "skin", Set.of("injection"), Set.of("b"), START,
                12)));
    }

    @Test
    void eachOption_isTheQuoteOfItsClinicAndMethod() {
        PriceSheet sheet = sheetOfThree();
        Comparison.Option first = Comparison.of(sheet, "skin", Set.of(), Set.of(), START, 12).options().get(0);
        assertEquals(new Quoter(sheet).quote(new PlanRequest("skin", "iv", java.util.Optional.of("b"), START, 12)),
                first.quote());
    }

    @Test
    void anUnknownGoal_namesTheClosestAndTheGoals() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> Comparison.of(sheetOfThree(), "skn", Set.of(), Set.of(), START, 12));
        assertEquals(InvalidRequestException.Field.GOAL, e.field());
        assertEquals("unknown goal 'skn'; did you mean 'skin'? goals in this sheet: skin", e.getMessage());
    }

    /**
     * Clinic d prices IV by dose (1 cc, 2 cc) and sells a two-session IV package at 140,000 yen a session
     * against 150,000 a single one (tax 0), so the typical plan buys it; its injection has no package.
     * Clinic e prices IV by the same 1 cc dose.
     */
    private static PriceSheet sheetWithDosesAndAPackage() {
        List<Variant> doses = List.of(new Variant("1cc", LocalizedText.plain("1 cc"), yen(150_000), Optional.empty()),
                new Variant("2cc", LocalizedText.plain("2 cc"), yen(250_000), Optional.empty()));
        List<Variant> one = List.of(doses.get(0));
        Clinic d = new Clinic("d", LocalizedText.plain("D"), Disclosure.NONE,
                Map.of("iv", Variant.span(doses), "injection", prices(yen(20000), yen(20000), yen(20000))), List.of(),
                Map.of("iv", doses), Map.of(), List.of(new CoursePackage(Optional.empty(), "iv", Optional.of("1cc"), 2,
                        yen(280_000), OptionalInt.empty())));
        Clinic e = new Clinic("e", LocalizedText.plain("E"), Disclosure.NONE, Map.of("iv", Variant.span(one)),
                List.of(), Map.of("iv", one), Map.of(), List.of());
        return sheet(JPY, tax("0", false, TaxRounding.FLOOR), List.of(skin()), d, e);
    }

    @Test
    void anOptionWhosePlanBuysPackages_saysWhatThePrepaymentRisks_andOneWithoutPackagesSaysNothing() {
        Comparison comparison = Comparison.of(sheetWithDosesAndAPackage(), "skin", Set.of(), Set.of("d"), START, 12,
                Optional.of("1cc"));
        assertEquals(List.of("d/iv"), comparison.options().stream().map(o -> o.clinic().id() + "/" + o.method().id())
                .toList());
        assertTrue(comparison.options().get(0).prepayment().isPresent());
        Comparison injection = Comparison.of(sheetWithDosesAndAPackage(), "skin", Set.of("injection"), Set.of(), START,
                12);
        assertEquals(Optional.empty(), injection.options().get(0).prepayment());
    }

    @Test
    void aVariantNoOptionHas_isRefusedListingEachVariantOfTheGoalOnce() {
        // d has 1cc and 2cc, e has 1cc again: listed once, in the sheet's order.
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> Comparison.of(sheetWithDosesAndAPackage(), "skin", Set.of(), Set.of(), START, 12,
                        Optional.of("large")));
        assertEquals(InvalidRequestException.Field.VARIANT, e.field());
        assertEquals("unknown variant 'large'; variants for skin in this comparison: 1cc, 2cc", e.getMessage());
    }
}
