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
import dev.exoplan.core.sheet.CountingClinics;
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

    /**
     * Twenty clinics, more than the first block of compact options holds: clinic k (k = 0 … 19) prices iv
     * at 1,000 × (k mod 7 + 1), tax 0, so its typical total is 7 sessions × that. Cheapest first, a tie by
     * clinic id: the k with k mod 7 = 0 (c00, c07, c14 at 7,000) first, k mod 7 = 6 (c06, c13 at 49,000) last.
     */
    @Test
    void manyOptions_areCheapestFirstThenByClinicId_andEachIsBuiltAgainTheSameWhenAskedForTwice() {
        List<Clinic> clinics = new java.util.ArrayList<>();
        for (int k = 19; k >= 0; k--) {
            clinics.add(clinic(String.format("c%02d", k), Map.of("iv", prices(yen(1000L * (k % 7 + 1)),
                    yen(1000L * (k % 7 + 1)), yen(1000L * (k % 7 + 1))))));
        }
        CountingClinics list = new CountingClinics(clinics);
        PriceSheet sheet = new PriceSheet(1, JPY, tax("0", false, TaxRounding.FLOOR), Optional.empty(),
                sheetOfThree().methods(), Map.of("skin", skin()), list);
        Comparison comparison = Comparison.of(sheet, "skin", Set.of(), Set.of(), START, 12);
        assertEquals(20, comparison.options().size());
        // every clinic built in the sheet's order to rank its options, each only while it is ranked (the
        // quoter asks for the clinic it quotes too)
        assertEquals(java.util.stream.IntStream.range(0, 20).boxed().toList(), list.built().stream().distinct().toList());
        assertEquals(list.built().stream().sorted().toList(), list.built());
        assertEquals(List.of("c00/iv 7000", "c07/iv 7000", "c14/iv 7000", "c01/iv 14000", "c08/iv 14000",
                "c15/iv 14000"), order(comparison).subList(0, 6));
        assertEquals(List.of("c06/iv 49000", "c13/iv 49000"), order(comparison).subList(18, 20));
        assertEquals(comparison.options().get(5), comparison.options().get(5));
        assertEquals("c15", comparison.options().get(5).clinic().id());
        assertThrows(IndexOutOfBoundsException.class, () -> comparison.options().get(20));
    }

    /** Totals 70,000, then 140,000 three times (sheetOfThree): a budget counts the totals at or under it. */
    @Test
    void withinBudget_countsTypicalTotalsAtOrUnderIt_builtOrHeld() {
        Comparison built = Comparison.of(sheetOfThree(), "skin", Set.of(), Set.of(), START, 12);
        Comparison held = new Comparison(built.goal(), START, 12, List.copyOf(built.options()));
        for (Comparison c : List.of(built, held)) {
            assertEquals(0, c.withinBudget(69_999));
            assertEquals(1, c.withinBudget(70_000));
            assertEquals(1, c.withinBudget(139_999));
            assertEquals(4, c.withinBudget(140_000));
        }
    }

    /** Of the built-in sheet's skin options, only sample-c's iv has a course to prepay (its 5-session IV course). */
    @Test
    void mayPrepay_isTheOptionsWhoseClinicSellsPackagesOfTheMethod_builtOrHeld() throws Exception {
        Comparison built = Comparison.of(dev.exoplan.io.sheet.PriceSheets.embedded().sheet(), "skin", Set.of(),
                Set.of(), START, 12);
        Comparison held = new Comparison(built.goal(), START, 12, List.copyOf(built.options()));
        for (Comparison c : List.of(built, held)) {
            List<String> prepaying = new java.util.ArrayList<>();
            for (int i = 0; i < c.options().size(); i++) {
                if (c.mayPrepay(i)) {
                    prepaying.add(c.options().get(i).clinic().id() + "/" + c.options().get(i).method().id());
                }
            }
            assertEquals(List.of("sample-c/iv"), prepaying);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> built.mayPrepay(built.options().size()));
    }
}
