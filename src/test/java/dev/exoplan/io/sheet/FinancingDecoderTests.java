package dev.exoplan.io.sheet;

import static dev.exoplan.io.sheet.PriceSheetsTests.MINIMAL;
import static dev.exoplan.io.sheet.PriceSheetsTests.load;
import static dev.exoplan.io.sheet.PriceSheetsTests.located;
import static dev.exoplan.io.sheet.PriceSheetsTests.onlyFinding;
import static dev.exoplan.io.sheet.PriceSheetsTests.refuse;
import static dev.exoplan.io.sheet.PriceSheetsTests.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A clinic's {@code financing} as the decoder reads it: the model of a plan, its defaults, and each rule
 * with its code and pointer. The plan is on line 31 of {@link PriceSheetsTests#MINIMAL} after its fees.
 */
class FinancingDecoderTests {

    private static final String PLAN = "{\"id\": \"loan\", \"label\": {\"ja\": \"ローン\", \"en\": \"Loan\"}, "
            + "\"instalments\": [10, 12], \"feePer100\": {\"10\": 7.00, \"12\": 8.31}}";

    private static String sheet(String plans) {
        return with(MINIMAL, "\"en\": \"Cream\"}}\n      ]", "\"en\": \"Cream\"}}\n      ],\n      \"financing\": ["
                + plans + "]");
    }

    private static Financing plan(String plans) {
        return load(sheet(plans)).sheet().clinics().get(0).financing().get(0);
    }

    private static String one(String plans) {
        return located(onlyFinding(sheet(plans))).replaceFirst("^\\d+:\\d+ ", "");
    }

    @Test
    void aTable_decodesWithTheDefaults() {
        assertEquals(new Financing("loan", new LocalizedText(Optional.of("ローン"), Optional.of("Loan")),
                Optional.empty(), List.of(10, 12), Map.of(10, new BigDecimal("7.00"), 12, new BigDecimal("8.31")),
                Optional.empty(), Optional.empty(), Financing.Finances.PACKAGES, 1, 27, Remainder.FIRST), plan(PLAN));
    }

    @Test
    void everyOptionalField_isRead() {
        Financing f = plan(with(PLAN, "\"instalments\"", "\"provider\": \"Example Credit\", \"apr\": 15, "
                + "\"minimum\": 30000, \"finances\": \"visits\", \"firstPaymentMonthsAfter\": 2, "
                + "\"paymentDay\": 31, \"remainder\": \"last\", \"instalments\""));
        assertEquals(Optional.of(LocalizedText.plain("Example Credit")), f.provider());
        assertEquals(Optional.of(new BigDecimal("15")), f.apr());
        assertEquals(Optional.of(Money.of(30000, "JPY")), f.minimum().map(Money::from));
        assertEquals(Financing.Finances.VISITS, f.finances());
        assertEquals(List.of(2, 31), List.of(f.firstPaymentMonthsAfter(), f.paymentDay()));
        assertEquals(Remainder.LAST, f.remainder());
    }

    @Test
    void aRateAlone_pricesEveryNumberByTheFormula() {
        Financing f = plan("{\"id\": \"card\", \"label\": {\"ja\": \"カード\", \"en\": \"Card\"}, \"instalments\": [24], \"apr\": 15}");
        assertEquals(new CreditTerms(24, new BigDecimal("16.37"), Optional.of(new BigDecimal("15")), 1, 27,
                Remainder.FIRST), f.terms(24));
    }

    @Test
    void neitherTableNorRate_isERequiredOnThePlan() {
        assertEquals("error E-REQUIRED /clinics/0/financing/0",
                one("{\"id\": \"loan\", \"label\": {\"ja\": \"ローン\", \"en\": \"Loan\"}, \"instalments\": [10]}"));
    }

    @Test
    void aTableWithoutARowOffered_isEFinancingTable() {
        SheetException e = refuse(sheet(with(PLAN, ", \"12\": 8.31", "")));
        assertEquals("error E-FINANCING-TABLE /clinics/0/financing/0/feePer100",
                located(e.findings().get(0)).replaceFirst("^\\d+:\\d+ ", ""));
        assertEquals("the table of fees per 100 has no row for 12 instalments, which the plan offers",
                e.findings().get(0).finding().message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "121"})
    void instalmentsOutOfRange_isERange(String n) {
        assertEquals("error E-RANGE /clinics/0/financing/0/instalments/1", one(with(PLAN, "[10, 12]", "[10, " + n
                + "]")));
    }

    @Test
    void noInstalments_isERequired() {
        assertEquals("error E-REQUIRED /clinics/0/financing/0/instalments", one(with(PLAN, "[10, 12]", "[]")));
    }

    @Test
    void aRepeatedNumber_isWDuplicateAndCountedOnce() {
        var loaded = load(sheet(with(PLAN, "[10, 12]", "[10, 12, 10]")));
        assertEquals(List.of("W-DUPLICATE /clinics/0/financing/0/instalments/2"), loaded.warnings().stream()
                .map(w -> w.finding().code() + " " + w.finding().pointer()).toList());
        assertEquals(List.of(10, 12), loaded.sheet().clinics().get(0).financing().get(0).instalments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"0\"", "\"121\"", "\"ten\"", "\"010\""})
    void aTableKeyThatIsNoNumberOfInstalments_isERange(String key) {
        assertEquals("error E-RANGE /clinics/0/financing/0/feePer100/" + key.replace("\"", ""),
                one(with(PLAN, "\"12\": 8.31", key + ": 8.31, \"12\": 8.31")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01"})
    void aFeeOrRateOutsideZeroToHundred_isERange(String value) {
        assertEquals("error E-RANGE /clinics/0/financing/0/feePer100/12", one(with(PLAN, "8.31", value)));
        assertEquals("error E-RANGE /clinics/0/financing/0/apr",
                one(with(PLAN, "\"instalments\"", "\"apr\": " + value + ", \"instalments\"")));
    }

    @Test
    void theLimits_areTaken() {
        Financing f = plan(with(PLAN, "\"12\": 8.31", "\"12\": 100, \"120\": 0"));
        assertEquals(new BigDecimal("100"), f.feePer100().get(12));
    }

    @Test
    void aRemainderOrFinancesNotListed_isEEnum() {
        assertEquals("error E-ENUM /clinics/0/financing/0/remainder",
                one(with(PLAN, "\"instalments\"", "\"remainder\": \"middle\", \"instalments\"")));
        assertEquals("error E-ENUM /clinics/0/financing/0/finances",
                one(with(PLAN, "\"instalments\"", "\"finances\": \"all\", \"instalments\"")));
    }

    @Test
    void aPaymentDayOrFirstMonthOutOfRange_isERange() {
        assertEquals("error E-RANGE /clinics/0/financing/0/paymentDay",
                one(with(PLAN, "\"instalments\"", "\"paymentDay\": 32, \"instalments\"")));
        assertEquals("error E-RANGE /clinics/0/financing/0/firstPaymentMonthsAfter",
                one(with(PLAN, "\"instalments\"", "\"firstPaymentMonthsAfter\": 13, \"instalments\"")));
    }

    @Test
    void twoPlansWithOneId_isEDuplicateId() {
        assertEquals("error E-DUPLICATE-ID /clinics/0/financing/1/id", one(PLAN + ", " + PLAN));
    }

    @Test
    void aPlanThatIsNoObject_isEType() {
        assertEquals("error E-TYPE /clinics/0/financing/0", one("\"loan\""));
    }

    @Test
    void aBadMinimumOrProvider_isRefused() {
        assertEquals("error E-RANGE /clinics/0/financing/0/minimum",
                one(with(PLAN, "\"instalments\"", "\"minimum\": -1, \"instalments\"")));
        assertEquals("error E-REQUIRED /clinics/0/financing/0/provider",
                one(with(PLAN, "\"instalments\"", "\"provider\": \"\", \"instalments\"")));
    }
}
