package dev.exoplan.core.finance;

import static dev.exoplan.core.Fixtures.JPY;
import static dev.exoplan.core.Fixtures.fee;
import static dev.exoplan.core.Fixtures.prices;
import static dev.exoplan.core.Fixtures.sheet;
import static dev.exoplan.core.Fixtures.skin;
import static dev.exoplan.core.Fixtures.tax;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.Message;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * compare's typical total on instalments, by hand: a clinic selling sample-c's course (its typical plan
 * buys it once, 553,300 in all), and one without packages (its total stands).
 */
class PayInTests {

    private static Financing plan(String id, String feePer100, Optional<MonetaryAmount> minimum) {
        return new Financing(id, LocalizedText.plain(id), Optional.empty(), List.of(10, 24),
                Map.of(10, new BigDecimal("7.00"), 24, new BigDecimal(feePer100)), Optional.empty(), minimum,
                Financing.Finances.PACKAGES, 1, 27, Remainder.FIRST);
    }

    private static Comparison.Option option(List<Financing> plans, boolean course) {
        Clinic clinic = new Clinic("c", LocalizedText.plain("C"), Disclosure.NONE,
                Map.of("iv", prices(yen(55_000), yen(88_000), yen(132_000))),
                List.of(fee("consultation", yen(3_300), Charge.ONCE, false)), Map.of(), Map.of(),
                course ? List.of(new CoursePackage(Optional.empty(), "iv", Optional.empty(), 5, yen(374_000),
                        OptionalInt.of(12))) : List.of(), Optional.empty(), Set.of(), plans);
        return Comparison.of(sheet(JPY, tax("0.10", true, TaxRounding.FLOOR), List.of(skin()), clinic), "skin",
                List.of("iv"), List.of(), LocalDate.parse("2027-01-04"), 12).options().get(0);
    }

    private static final Optional<MonetaryAmount> NONE = Optional.empty();

    @Test
    void theClinicsOnlyPlan_addsItsFeeToTheTypicalTotal() {
        // 374,000 × 16.37 ÷ 100 = 61,223.8 → 61,223; 553,300 + 61,223
        assertEquals(OptionalLong.of(614_523), new PayIn(24, Optional.empty(), Optional.empty())
                .typicalTotal(option(List.of(plan("loan", "16.37", NONE)), true)));
    }

    @Test
    void aNamedPlan_isTakenAmongSeveral_andSeveralWithoutANameServeNone() {
        List<Financing> two = List.of(plan("a", "16.37", NONE), plan("b", "20.00", NONE));
        // b: 374,000 × 20 ÷ 100 = 74,800
        assertEquals(OptionalLong.of(628_100), new PayIn(24, Optional.of("b"), Optional.empty())
                .typicalTotal(option(two, true)));
        assertEquals(OptionalLong.empty(), new PayIn(24, Optional.empty(), Optional.empty())
                .typicalTotal(option(two, true)));
        assertEquals(OptionalLong.empty(), new PayIn(24, Optional.of("c"), Optional.empty())
                .typicalTotal(option(two, true)));
    }

    @Test
    void aNumberNotOffered_orACourseBelowTheMinimum_isNoPlan() {
        assertEquals(OptionalLong.empty(), new PayIn(12, Optional.empty(), Optional.empty())
                .typicalTotal(option(List.of(plan("loan", "16.37", NONE)), true)));
        assertEquals(OptionalLong.empty(), new PayIn(24, Optional.empty(), Optional.empty())
                .typicalTotal(option(List.of(plan("loan", "16.37", Optional.of(yen(374_001)))), true)));
        assertEquals(OptionalLong.of(614_523), new PayIn(24, Optional.empty(), Optional.empty())
                .typicalTotal(option(List.of(plan("loan", "16.37", Optional.of(yen(374_000)))), true)));
    }

    @Test
    void aCard_financesAnyClinicsCourse_andAClinicWithoutPackagesKeepsItsTotal() {
        // 15 %, 36: 24.80; 374,000 × 24.80 ÷ 100 = 92,752
        assertEquals(OptionalLong.of(646_052), new PayIn(36, Optional.empty(), Optional.of(new BigDecimal("15")))
                .typicalTotal(option(List.of(), true)));
        Comparison.Option singles = option(List.of(), false);
        assertEquals(OptionalLong.of(singles.quote().typical().total()),
                new PayIn(36, Optional.empty(), Optional.empty()).typicalTotal(singles));
    }

    @Test
    void anInterestFreePlan_addsNothing_andStillServes() {
        // 0.00 per 100 (an interest-free offer): 374,000 × 0 ÷ 100 = 0; the typical total stands
        assertEquals(OptionalLong.of(553_300), new PayIn(24, Optional.empty(), Optional.empty())
                .typicalTotal(option(List.of(plan("free", "0.00", NONE)), true)));
    }

    @Test
    void aPlanAndACardTogether_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PayIn(3, Optional.of("a"), Optional.of(BigDecimal.ONE)));
    }

    private static Clinic clinic(List<Financing> plans) {
        return option(plans, true).clinic();
    }

    @Test
    void credit_ofTheClinicsOnlyPlan_isServedWithItsTermsAndMinimumInYen() {
        PayIn.Served served = (PayIn.Served) new PayIn(24, Optional.empty(), Optional.empty())
                .credit(clinic(List.of(plan("loan", "16.37", Optional.of(yen(30_000))))));
        assertEquals(Optional.of("loan"), served.plan());
        assertEquals(new BigDecimal("16.37"), served.terms().feePer100());
        assertEquals(24, served.terms().instalments());
        assertEquals(30_000, served.minimum());
        // 374,000 × 16.37 ÷ 100 = 61,223.8 → 61,223; 29,999 is below the minimum; 30,000 × 16.37 ÷ 100 = 4,911
        assertEquals(61_223, served.fee(374_000));
        assertEquals(-1, served.fee(29_999));
        assertEquals(4_911, served.fee(30_000));
    }

    @Test
    void credit_ofACard_isServedAtItsRate_withNoPlanAndNoMinimum() {
        PayIn.Served served = (PayIn.Served) new PayIn(10, Optional.empty(), Optional.of(new BigDecimal("15")))
                .credit(clinic(List.of()));
        assertEquals(Optional.empty(), served.plan());
        assertEquals(0, served.minimum());
        assertEquals(Optional.of(new BigDecimal("15")), served.terms().apr());
        assertEquals(7_000, served.fee(100_000)); // 15 %, 10: 7.00 per 100, the published example
        assertEquals(0, served.fee(0));
    }

    @Test
    void credit_isRefusedWithPlansWords_whereTheClinicCannotServeTheRequest() {
        List<Financing> two = List.of(plan("a", "16.37", NONE), plan("b", "20.00", NONE));
        assertEquals(Message.of("error.payIn.noPlan", "c"),
                ((PayIn.Refused) new PayIn(24, Optional.empty(), Optional.empty()).credit(clinic(List.of()))).why());
        assertEquals(Message.of("error.financing.unknown", "x", "c", "a, b"),
                ((PayIn.Refused) new PayIn(24, Optional.of("x"), Optional.empty()).credit(clinic(two))).why());
        assertEquals(Message.of("error.financing.choose", "c", "a, b"),
                ((PayIn.Refused) new PayIn(24, Optional.empty(), Optional.empty()).credit(clinic(two))).why());
        assertEquals("credit plan a does not offer 12 instalments; it offers 10, 24", ((PayIn.Refused) new PayIn(12,
                Optional.of("a"), Optional.empty()).credit(clinic(two))).why().in(Language.EN));
        assertEquals(Optional.of("b"), ((PayIn.Served) new PayIn(24, Optional.of("b"), Optional.empty())
                .credit(clinic(two))).plan());
    }

    @Test
    void servedAndRefused_requireTheirParts() {
        assertThrows(NullPointerException.class, () -> new PayIn.Refused(null));
        assertThrows(NullPointerException.class, () -> new PayIn.Served(null,
                CreditTerms.card(BigDecimal.TEN, 3), 0));
        assertThrows(NullPointerException.class, () -> new PayIn.Served(Optional.empty(), null, 0));
    }
}
