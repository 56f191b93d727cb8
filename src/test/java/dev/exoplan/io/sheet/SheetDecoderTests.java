package dev.exoplan.io.sheet;

import static dev.exoplan.io.sheet.PriceSheetsTests.MINIMAL;
import static dev.exoplan.io.sheet.PriceSheetsTests.assertAmount;
import static dev.exoplan.io.sheet.PriceSheetsTests.assertAmounts;
import static dev.exoplan.io.sheet.PriceSheetsTests.lines;
import static dev.exoplan.io.sheet.PriceSheetsTests.load;
import static dev.exoplan.io.sheet.PriceSheetsTests.located;
import static dev.exoplan.io.sheet.PriceSheetsTests.onlyFinding;
import static dev.exoplan.io.sheet.PriceSheetsTests.refuse;
import static dev.exoplan.io.sheet.PriceSheetsTests.with;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.check.Finding;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the decoder makes of a well-formed JSON price sheet: the model of a valid one, and every
 * rule of shape and meaning, each reported with its code, pointer and line:column. Sheets are
 * variations of {@link PriceSheetsTests#MINIMAL}; its line numbers are listed there.
 */
class SheetDecoderTests {

    /** MINIMAL priced in US dollars, with the iv price 10.00 to 10.05 (no typical). */
    private static final String DOLLARS = with(with(MINIMAL, "\"currency\": \"JPY\"", "\"currency\": \"USD\""),
            "{\"min\": 30000, \"max\": 80001}", "{\"min\": 10.00, \"max\": 10.05}");

    private static Clinic clinic(LoadedSheet loaded) {
        return loaded.sheet().clinics().get(0);
    }

    private static Goal skin(LoadedSheet loaded) {
        return loaded.sheet().goal("skin").orElseThrow();
    }

    // ---- the model ----------------------------------------------------------------------------------

    @Nested
    class MinimalSheet {

        private final LoadedSheet loaded = load(MINIMAL);
        private final PriceSheet sheet = loaded.sheet();

        @Test
        void minimal_loads_withoutWarnings() {
            assertEquals(List.of(), located(loaded.warnings()));
        }

        @Test
        void minimal_header_isVersionOneInYenWithTenPercentIncludedFloor() {
            assertAll(
                    () -> assertEquals(1, sheet.schemaVersion()),
                    () -> assertEquals("JPY", sheet.currency().getCurrencyCode()),
                    () -> assertEquals(new BigDecimal("0.10"), sheet.tax().rate()),
                    () -> assertTrue(sheet.tax().included()),
                    () -> assertSame(TaxRounding.FLOOR, sheet.tax().rounding()),
                    () -> assertEquals(Optional.empty(), sheet.notice()));
        }

        @Test
        void minimal_methods_keepTheSheetsOrderAndBothLanguages() {
            assertEquals(List.of("iv", "injection"), List.copyOf(sheet.methods().keySet()));
            assertEquals(LocalizedText.of("局所注射", "Local injection"), sheet.methods().get("injection").label());
        }

        @Test
        void minimal_goal_hasItsMethodsAndRanges() {
            Goal skin = sheet.goal("skin").orElseThrow();

            assertAll(
                    () -> assertEquals(LocalizedText.of("美肌", "Skin"), skin.label()),
                    () -> assertEquals(List.of("iv", "injection"), skin.methods()),
                    () -> assertEquals(new Range<>(2, 3, 4), skin.initialIntervalWeeks()),
                    () -> assertEquals(Optional.empty(), skin.onsetWeeks()));
        }

        @Test
        void minimal_clinic_hasAPlainNameAndNoDisclosure() {
            Clinic clinic = sheet.clinic("sample-a").orElseThrow();

            assertEquals("Sample A", clinic.name().in(Language.JA));
            assertEquals("Sample A", clinic.name().in(Language.EN));
            assertEquals(Disclosure.NONE, clinic.disclosure());
        }

        @Test
        void minimal_injectionPrice_isTheWrittenRangeInYen() {
            assertAmounts("JPY 50000", "JPY 100000", "JPY 200000", clinic(loaded).price("injection").orElseThrow());
        }

        @Test
        void minimal_consultationFee_isChargedOnceForEveryMethodAndNotOptionalByDefault() {
            Fee fee = clinic(loaded).fees().get(0);

            assertEquals("consultation", fee.id());
            assertAmount("JPY 5500", fee.amount());
            assertSame(Charge.ONCE, fee.per());
            assertFalse(fee.optional());
            assertEquals(Set.of(), fee.methods());
            assertTrue(fee.appliesTo("iv"));
        }

        @Test
        void minimal_creamFee_isChargedPerVisitOnlyForInjectionAndOptional() {
            Fee fee = clinic(loaded).fees().get(1);

            assertEquals("cream", fee.id());
            assertAmount("JPY 3300", fee.amount());
            assertSame(Charge.PER_VISIT, fee.per());
            assertTrue(fee.optional());
            assertEquals(Set.of("injection"), fee.methods());
            assertFalse(fee.appliesTo("iv"));
            assertEquals(LocalizedText.of("麻酔クリーム", "Cream"), fee.label());
        }

        @Test
        void notice_writtenAsOneString_isTheSameInBothLanguages() {
            PriceSheet noted = load(with(MINIMAL, "\"currency\": \"JPY\",",
                    "\"currency\": \"JPY\", \"notice\": \"  illustrative  \",")).sheet();

            assertEquals(Optional.of(LocalizedText.plain("illustrative")), noted.notice());
        }

        @Test
        void disclosure_givenFields_areDecodedAndTheRestLeftEmpty() {
            Clinic clinic = clinic(load(with(MINIMAL, "\"name\": \"Sample A\",",
                    "\"name\": \"Sample A\", \"disclosure\": {\"source\": \"adipose\", \"dose\": {\"ja\": \"2 mL\", "
                            + "\"en\": \"2 mL\"}},")));

            assertEquals(new Disclosure(Optional.of("adipose"), Optional.of(LocalizedText.of("2 mL", "2 mL")),
                    Optional.empty(), Optional.empty()), clinic.disclosure());
        }

        @Test
        void onsetWeeks_ofZero_isAllowed() {
            Goal goal = skin(load(with(MINIMAL, "\"max\": 24}",
                    "\"max\": 24}, \"onsetWeeks\": {\"min\": 0, \"max\": 520}")));

            // (0 + 520) / 2 = 260
            assertEquals(Optional.of(new Range<>(0, 260, 520)), goal.onsetWeeks());
        }
    }

    // ---- typical left out -----------------------------------------------------------------------------

    @Nested
    class Midpoint {

        @Test
        void countRange_withoutTypical_takesTheMidpointHalfUp() {
            Goal skin = skin(load(MINIMAL));

            // sessions 3..4: 3.5 → 4; maintenance months 1..24: 12.5 → 13
            assertEquals(new Range<>(3, 4, 4), skin.initialSessions());
            assertEquals(new Range<>(1, 13, 24), skin.maintenanceIntervalMonths());
        }

        @Test
        void yenRange_withoutTypical_takesTheMidpointHalfUpToTheYen() {
            // (30000 + 80001) / 2 = 55000.5 → 55001
            assertAmounts("JPY 30000", "JPY 55001", "JPY 80001", clinic(load(MINIMAL)).price("iv").orElseThrow());
        }

        @Test
        void dollarRange_withoutTypical_takesTheMidpointHalfUpToTheCent() {
            // (10.00 + 10.05) / 2 = 10.025 → 10.03
            assertAmounts("USD 10.00", "USD 10.03", "USD 10.05", clinic(load(DOLLARS)).price("iv").orElseThrow());
        }

        @Test
        void dollarRange_withExactMidpoint_keepsIt() {
            LoadedSheet loaded = load(with(DOLLARS, "\"max\": 10.05", "\"max\": 10.04"));

            // (10.00 + 10.04) / 2 = 10.02 exactly
            assertAmount("USD 10.02", clinic(loaded).price("iv").orElseThrow().typical());
        }
    }

    // ---- shape: required fields, types, enums, unknown fields, version -----------------------------------

    @Nested
    class Required {

        @Test
        void tax_withoutRounding_isERequiredAtTheMissingPointerPlacedOnTheTaxObject() {
            SheetFinding f = onlyFinding(with(MINIMAL, ", \"rounding\": \"floor\"", ""));

            assertEquals("4:10 error E-REQUIRED /tax/rounding", located(f));
            assertEquals("required field 'rounding' is missing", f.finding().message());
            assertEquals("add \"rounding\"", f.finding().fix());
        }

        @Test
        void sheet_withoutSchemaVersion_isERequiredAtTheRoot() {
            SheetFinding f = onlyFinding(with(MINIMAL, "  \"schemaVersion\": 1,\n", ""));

            assertEquals("1:1 error E-REQUIRED /schemaVersion", located(f));
        }

        @Test
        void price_withoutMax_isERequiredAtMax() {
            SheetFinding f = onlyFinding(with(MINIMAL, "{\"min\": 30000, \"max\": 80001}", "{\"min\": 30000}"));

            assertEquals("23:15 error E-REQUIRED /clinics/0/prices/iv/max", located(f));
        }

        @Test
        void fee_withoutPer_isERequiredAtPer() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"amount\": 5500, \"per\": \"once\",", "\"amount\": 5500,"));

            assertEquals("27:9 error E-REQUIRED /clinics/0/fees/0/per", located(f));
        }

        @Test
        void currency_null_isERequiredSayingItIsNull() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"currency\": \"JPY\"", "\"currency\": null"));

            assertEquals("3:15 error E-REQUIRED /currency", located(f));
            assertEquals("required field 'currency' is missing (it is null)", f.finding().message());
        }

        @Test
        void goal_withEmptyMethodList_isERequired() {
            SheetFinding f = onlyFinding(with(MINIMAL, "[\"iv\", \"injection\"]", "[]"));

            assertEquals("12:18 error E-REQUIRED /goals/skin/methods", located(f));
            assertEquals("the list of methods is empty", f.finding().message());
        }

        @Test
        void clinics_empty_isERequired() {
            String json = MINIMAL.substring(0, MINIMAL.indexOf("  \"clinics\": [")) + "  \"clinics\": []\n}\n";

            SheetFinding f = onlyFinding(json);

            assertEquals("18:14 error E-REQUIRED /clinics", located(f));
            assertEquals("the sheet lists no clinic", f.finding().message());
        }

        @Test
        void methods_emptyObject_isERequiredAndEveryReferenceBecomesUnknown() {
            String json = with(with(MINIMAL,
                    "    \"iv\": {\"label\": {\"ja\": \"点滴\", \"en\": \"IV drip\"}},\n", ""),
                    "    \"injection\": {\"label\": {\"ja\": \"局所注射\", \"en\": \"Local injection\"}}\n", "");

            SheetException e = refuse(json);

            assertEquals("5:14 error E-REQUIRED /methods", located(e.findings().get(0)));
            assertEquals("'methods' is empty", e.findings().get(0).finding().message());
            assertEquals(List.of("E-REQUIRED", "E-UNKNOWN-METHOD"),
                    e.findings().stream().map(f -> f.finding().code()).distinct().toList());
        }

        @Test
        void name_blank_isERequiredTheTextIsEmpty() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"name\": \"Sample A\"", "\"name\": \"   \""));

            assertEquals("21:15 error E-REQUIRED /clinics/0/name", located(f));
            assertEquals("the text is empty", f.finding().message());
        }

        @Test
        void name_withSurroundingSpaces_isStripped() {
            LoadedSheet loaded = load(with(MINIMAL, "\"name\": \"Sample A\"", "\"name\": \"  Sample A \""));

            assertEquals("Sample A", clinic(loaded).name().in(Language.EN));
        }
    }

    @Nested
    class Types {

        @Test
        void included_asString_isETypeNamingWhatWasFound() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"included\": true", "\"included\": \"yes\""));

            assertEquals("4:37 error E-TYPE /tax/included", located(f));
            assertEquals("expected true or false, found the string \"yes\"", f.finding().message());
            assertEquals("write true or false", f.finding().fix());
        }

        @Test
        void rate_asPercentString_isETypeExpectingANumber() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"rate\": 0.10", "\"rate\": \"10%\""));

            assertEquals("4:19 error E-TYPE /tax/rate", located(f));
            assertEquals("expected a number, found the string \"10%\"", f.finding().message());
        }

        @Test
        void goalMethods_asString_isETypeExpectingAnArray() {
            SheetFinding f = onlyFinding(with(MINIMAL, "[\"iv\", \"injection\"]", "\"iv\""));

            assertEquals("12:18 error E-TYPE /goals/skin/methods", located(f));
            assertEquals("expected an array (methods), found the string \"iv\"", f.finding().message());
        }

        @Test
        void sessions_withAFraction_isETypeNotAWholeNumber() {
            SheetFinding f = onlyFinding(with(MINIMAL, "{\"min\": 3, \"max\": 4}", "{\"min\": 3.5, \"max\": 4}"));

            assertEquals("13:34 error E-TYPE /goals/skin/initialSessions/min", located(f));
            assertEquals("3.5 is not a whole number", f.finding().message());
        }

        @Test
        void sessions_writtenAsThreePointZero_countAsThree() {
            Goal skin = skin(load(with(MINIMAL, "{\"min\": 3, \"max\": 4}", "{\"min\": 3.0, \"max\": 4}")));

            assertEquals(new Range<>(3, 4, 4), skin.initialSessions());
        }

        @Test
        void goalLabel_asPlainString_isETypeExpectingAnObject() {
            SheetFinding f = onlyFinding(with(MINIMAL, "{\"ja\": \"美肌\", \"en\": \"Skin\"}", "\"Skin\""));

            assertEquals("11:16 error E-TYPE /goals/skin/label", located(f));
            assertEquals("expected an object (a label with \"ja\" and \"en\"), found the string \"Skin\"",
                    f.finding().message());
        }

        @Test
        void clinicName_asNumber_isETypeExpectingStringOrObject() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"name\": \"Sample A\"", "\"name\": 5"));

            assertEquals("21:15 error E-TYPE /clinics/0/name", located(f));
            assertEquals("expected a string or an object with \"ja\" and \"en\", found the number 5",
                    f.finding().message());
        }

        @Test
        void longStringOfTheWrongType_isAbbreviatedInTheMessage() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"schemaVersion\": 1", "\"schemaVersion\": \""
                    + "x".repeat(41) + "\""));

            // more than 40 characters: the first 37 and "..."
            assertEquals("expected a whole number, found the string \"" + "x".repeat(37) + "...\"",
                    f.finding().message());
        }

        @Test
        void rootNull_isETypeForTheWholeDocument() {
            SheetFinding f = onlyFinding("null");

            assertEquals("1:1 error E-TYPE", located(f));
            assertEquals("expected an object (a price sheet), found null", f.finding().message());
        }
    }

    @Nested
    class Enums {

        @Test
        void rounding_round_isEEnumListingTheChoicesWithoutAGuess() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"rounding\": \"floor\"", "\"rounding\": \"round\""));

            assertEquals("4:55 error E-ENUM /tax/rounding", located(f));
            assertEquals("\"round\" is not one of \"floor\", \"half-up\", \"ceiling\"", f.finding().message());
        }

        @Test
        void rounding_withUnderscore_isEEnumSuggestingTheHyphen() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"rounding\": \"floor\"", "\"rounding\": \"half_up\""));

            assertEquals("\"half_up\" is not one of \"floor\", \"half-up\", \"ceiling\" (did you mean \"half-up\"?)",
                    f.finding().message());
        }

        @Test
        void per_visits_isEEnumSuggestingVisit() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"per\": \"once\"", "\"per\": \"visits\""));

            assertEquals("27:55 error E-ENUM /clinics/0/fees/0/per", located(f));
            assertEquals("\"visits\" is not one of \"once\", \"visit\" (did you mean \"visit\"?)", f.finding().message());
        }
    }

    @Nested
    class UnknownFields {

        @Test
        void misspelledNotice_isAWarningWithAGuessAndTheSheetStillLoads() {
            LoadedSheet loaded = load(with(MINIMAL, "\"currency\": \"JPY\",",
                    "\"currency\": \"JPY\", \"notic\": \"x\","));

            // line 3: "JPY" ends at 19, then ", "; "notic" 22–28, ": ", its value at 31
            assertEquals(List.of("3:22 warning W-UNKNOWN-FIELD /notic"), located(loaded.warnings()));
            SheetFinding w = loaded.warnings().get(0);
            assertEquals("unknown field 'notic' is ignored", w.finding().message());
            assertEquals("did you mean 'notice'? known here: $schema, schemaVersion, currency, tax, notice, methods, "
                    + "goals, clinics", w.finding().fix());
            assertEquals(Optional.empty(), loaded.sheet().notice());
        }

        @Test
        void misspelledOptional_isIgnoredSoTheFeeStaysRequired() {
            LoadedSheet loaded = load(with(MINIMAL, "\"optional\": true", "\"optinal\": true"));

            assertEquals(List.of("28:57 warning W-UNKNOWN-FIELD /clinics/0/fees/1/optinal"),
                    located(loaded.warnings()));
            assertFalse(clinic(loaded).fees().get(1).optional());
        }

        @Test
        void unknownFieldInAPriceRange_listsTheKnownOnes() {
            LoadedSheet loaded = load(with(MINIMAL, "{\"min\": 30000, \"max\": 80001}",
                    "{\"min\": 30000, \"max\": 80001, \"avg\": 50000}"));

            assertEquals("known here: min, typical, max, firstVisit", loaded.warnings().get(0).finding().fix());
        }
    }

    @Nested
    class SchemaVersion {

        @Test
        void schemaVersion2_isESchemaVersion() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"schemaVersion\": 1", "\"schemaVersion\": 2"));

            assertEquals("2:20 error E-SCHEMA-VERSION /schemaVersion", located(f));
            assertEquals("schemaVersion 2 is not one this exoplan reads", f.finding().message());
            assertEquals("set \"schemaVersion\": 1, or use a newer exoplan", f.finding().fix());
        }

        @Test
        void schemaVersionAsString_isEType() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"schemaVersion\": 1", "\"schemaVersion\": \"1\""));

            assertEquals("2:20 error E-TYPE /schemaVersion", located(f));
        }
    }

    // ---- meaning ---------------------------------------------------------------------------------------

    @Nested
    class Currency {

        @Test
        void unknownCode_isECurrencyAndTheAmountsAreNotReportedAgain() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"currency\": \"JPY\"", "\"currency\": \"XYZ\""));

            assertEquals("3:15 error E-CURRENCY /currency", located(f));
            assertEquals("'XYZ' is not a known ISO 4217 currency code", f.finding().message());
        }

        @Test
        void lowerCaseCode_isECurrency() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"currency\": \"JPY\"", "\"currency\": \"jpy\""));

            assertEquals("3:15 error E-CURRENCY /currency", located(f));
            assertEquals("'jpy' is not an ISO 4217 currency code", f.finding().message());
            assertEquals("write three capital letters, such as \"JPY\" or \"USD\"", f.finding().fix());
        }

        @Test
        void codeWithoutMinorUnit_isECurrency() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"currency\": \"JPY\"", "\"currency\": \"XXX\""));

            assertEquals("3:15 error E-CURRENCY /currency", located(f));
            assertEquals("XXX is not a currency with prices (it has no minor unit)", f.finding().message());
        }
    }

    @Nested
    class Amounts {

        @Test
        void negativePrice_isERangeNamingTheValue() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"min\": 30000", "\"min\": -5000"));

            assertEquals("23:23 error E-RANGE /clinics/0/prices/iv/min", located(f));
            assertEquals("-5000 must be 0 or more", f.finding().message());
            assertEquals("set a non-negative amount", f.finding().fix());
        }

        @Test
        void negativeFee_isERange() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"amount\": 5500", "\"amount\": -1"));

            assertEquals("27:42 error E-RANGE /clinics/0/fees/0/amount", located(f));
        }

        @Test
        void freeFee_isAllowed() {
            Fee fee = clinic(load(with(MINIMAL, "\"amount\": 5500", "\"amount\": 0"))).fees().get(0);

            assertAmount("JPY 0", fee.amount());
        }

        @Test
        void halfYen_isEDecimals() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"min\": 30000", "\"min\": 30000.5"));

            assertEquals("23:23 error E-DECIMALS /clinics/0/prices/iv/min", located(f));
            assertEquals("30000.5 has more decimals than JPY allows (0)", f.finding().message());
            assertEquals("write a whole amount of JPY", f.finding().fix());
        }

        @Test
        void yenWithZeroDecimals_isTheWholeAmount() {
            LoadedSheet loaded = load(with(MINIMAL, "\"min\": 30000", "\"min\": 30000.00"));

            assertAmount("JPY 30000", clinic(loaded).price("iv").orElseThrow().min());
        }

        @Test
        void tenthOfACent_isEDecimals() {
            SheetFinding f = onlyFinding(with(DOLLARS, "\"max\": 10.05", "\"max\": 10.005"));

            assertEquals("23:37 error E-DECIMALS /clinics/0/prices/iv/max", located(f));
            assertEquals("10.005 has more decimals than USD allows (2)", f.finding().message());
            assertEquals("round to 2 decimals", f.finding().fix());
        }

        @ParameterizedTest
        @ValueSource(strings = {"10.50", "10.5", "10.500"})
        void dollarsWithAtMostTwoSignificantDecimals_load(String written) {
            LoadedSheet loaded = load(with(DOLLARS, "\"max\": 10.05", "\"max\": " + written));

            assertAmount("USD 10.50", clinic(loaded).price("iv").orElseThrow().max());
        }

        @Test
        void amountAsString_isEType() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"amount\": 5500", "\"amount\": \"5500\""));

            assertEquals("27:42 error E-TYPE /clinics/0/fees/0/amount", located(f));
            assertEquals("expected a number, found the string \"5500\"", f.finding().message());
        }
    }

    @Nested
    class Order {

        @Test
        void priceMinAboveMax_isEOrderAtMin() {
            SheetFinding f = onlyFinding(with(MINIMAL, "{\"min\": 30000, \"max\": 80001}",
                    "{\"min\": 80001, \"max\": 30000}"));

            assertEquals("23:23 error E-ORDER /clinics/0/prices/iv/min", located(f));
            assertEquals("min 80001 is more than max 30000", f.finding().message());
        }

        @Test
        void priceTypicalAboveMax_isEOrderAtTypical() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"typical\": 100000", "\"typical\": 300000"));

            assertEquals("24:48 error E-ORDER /clinics/0/prices/injection/typical", located(f));
            assertEquals("typical 300000 is outside min 50000 to max 200000", f.finding().message());
        }

        @Test
        void priceTypicalBelowMin_isEOrder() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"typical\": 100000", "\"typical\": 49999"));

            assertEquals("typical 49999 is outside min 50000 to max 200000", f.finding().message());
        }

        @Test
        void typicalEqualToMin_isAllowed() {
            LoadedSheet loaded = load(with(MINIMAL, "\"typical\": 100000", "\"typical\": 50000"));

            assertAmount("JPY 50000", clinic(loaded).price("injection").orElseThrow().typical());
        }

        @Test
        void sessionsMinAboveMax_isEOrder() {
            SheetFinding f = onlyFinding(with(MINIMAL, "{\"min\": 3, \"max\": 4}", "{\"min\": 5, \"max\": 4}"));

            assertEquals("13:34 error E-ORDER /goals/skin/initialSessions/min", located(f));
            assertEquals("min 5 is more than max 4", f.finding().message());
        }

        @Test
        void weeksTypicalOutside_isEOrderAtTypical() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"typical\": 3, \"max\": 4", "\"typical\": 5, \"max\": 4"));

            assertEquals("14:53 error E-ORDER /goals/skin/initialIntervalWeeks/typical", located(f));
            assertEquals("typical 5 is outside min 2 to max 4", f.finding().message());
        }
    }

    @Nested
    class Bounds {

        @ParameterizedTest
        @ValueSource(ints = {0, 51, -1})
        void sessionsOutsideOneToFifty_areERange(int sessions) {
            SheetFinding f = onlyFinding(with(MINIMAL, "{\"min\": 3, \"max\": 4}",
                    "{\"min\": " + sessions + ", \"max\": 4}"));

            assertEquals("13:34 error E-RANGE /goals/skin/initialSessions/min", located(f));
            assertEquals(sessions + " sessions is outside 1 to 50", f.finding().message());
        }

        @Test
        void sessionsOneToFifty_areTheLimitsAllowed() {
            Goal skin = skin(load(with(MINIMAL, "{\"min\": 3, \"max\": 4}", "{\"min\": 1, \"max\": 50}")));

            // (1 + 50) / 2 = 25.5 → 26
            assertEquals(new Range<>(1, 26, 50), skin.initialSessions());
        }

        @Test
        void intervalOf27Weeks_isERange() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"typical\": 3, \"max\": 4", "\"typical\": 3, \"max\": 27"));

            assertEquals("14:63 error E-RANGE /goals/skin/initialIntervalWeeks/max", located(f));
            assertEquals("27 weeks is outside 1 to 26", f.finding().message());
        }

        @Test
        void intervalOf26Weeks_isAllowed() {
            Goal skin = skin(load(with(MINIMAL, "\"typical\": 3, \"max\": 4", "\"typical\": 3, \"max\": 26")));

            assertEquals(new Range<>(2, 3, 26), skin.initialIntervalWeeks());
        }

        @Test
        void maintenanceEvery25Months_isERange() {
            SheetFinding f = onlyFinding(with(MINIMAL, "{\"min\": 1, \"max\": 24}", "{\"min\": 1, \"max\": 25}"));

            assertEquals("15:54 error E-RANGE /goals/skin/maintenanceIntervalMonths/max", located(f));
            assertEquals("25 months is outside 1 to 24", f.finding().message());
        }

        @Test
        void onsetAfter521Weeks_isERange() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"max\": 24}",
                    "\"max\": 24}, \"onsetWeeks\": {\"min\": 0, \"max\": 521}"));

            assertEquals("E-RANGE /goals/skin/onsetWeeks/max", f.finding().code() + " " + f.finding().pointer());
            assertEquals("521 weeks is outside 0 to 520", f.finding().message());
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.0", "1", "-0.1", "2.5"})
        void taxRateOutsideZeroToOne_isERange(String rate) {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"rate\": 0.10", "\"rate\": " + rate));

            assertEquals("4:19 error E-RANGE /tax/rate", located(f));
            assertEquals("tax rate " + rate + " must be from 0 up to (not including) 1", f.finding().message());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.08", "0.999"})
        void taxRateFromZeroUpToOne_isAllowed(String rate) {
            PriceSheet sheet = load(with(MINIMAL, "\"rate\": 0.10", "\"rate\": " + rate)).sheet();

            assertEquals(new BigDecimal(rate), sheet.tax().rate());
        }
    }

    @Nested
    class MethodReferences {

        @Test
        void goalListingAnUndefinedMethod_isEUnknownMethodWithASuggestion() {
            SheetFinding f = onlyFinding(with(MINIMAL, "[\"iv\", \"injection\"]", "[\"ivv\", \"injection\"]"));

            assertEquals("12:19 error E-UNKNOWN-METHOD /goals/skin/methods/0", located(f));
            assertEquals("method 'ivv' is not defined in /methods", f.finding().message());
            assertEquals("use 'iv', or add \"ivv\" to /methods (defined: iv, injection)", f.finding().fix());
        }

        @Test
        void goalListingAFarOffMethod_isEUnknownMethodWithoutAGuess() {
            SheetFinding f = onlyFinding(with(MINIMAL, "[\"iv\", \"injection\"]", "[\"iv\", \"laser\"]"));

            assertEquals("12:25 error E-UNKNOWN-METHOD /goals/skin/methods/1", located(f));
            assertEquals("add \"laser\" to /methods (defined: iv, injection)", f.finding().fix());
        }

        @Test
        void priceForAnUndefinedMethod_isEUnknownMethod() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"injection\": {\"min\": 50000", "\"laser\": {\"min\": 50000"));

            assertEquals("24:18 error E-UNKNOWN-METHOD /clinics/0/prices/laser", located(f));
            assertEquals("method 'laser' is not defined in /methods", f.finding().message());
        }

        @Test
        void feeForAMisspelledMethod_isEUnknownMethodWithASuggestion() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"methods\": [\"injection\"]", "\"methods\": [\"injecton\"]"));

            assertEquals("28:87 error E-UNKNOWN-METHOD /clinics/0/fees/1/methods/0", located(f));
            assertTrue(f.finding().fix().startsWith("use 'injection', or "), f.finding().fix());
        }

        @Test
        void methodListedTwice_isAWarningAndCountedOnce() {
            LoadedSheet loaded = load(with(MINIMAL, "[\"iv\", \"injection\"]", "[\"iv\", \"iv\", \"injection\"]"));

            assertEquals(List.of("12:25 warning W-DUPLICATE /goals/skin/methods/1"), located(loaded.warnings()));
            assertEquals(List.of("iv", "injection"), skin(loaded).methods());
        }
    }

    @Nested
    class Ids {

        @Test
        void clinicIdUsedTwice_isEDuplicateIdAtTheSecond() {
            SheetException e = refuse(with(MINIMAL, "    }\n  ]", "    },\n"
                    + "    {\"id\": \"sample-a\", \"name\": \"Copy\", "
                    + "\"prices\": {\"iv\": {\"min\": 1, \"max\": 2}}}\n  ]"));

            assertEquals(List.of("32:12 error E-DUPLICATE-ID /clinics/1/id"), located(e.findings()));
            assertEquals("clinic id 'sample-a' is used twice", e.findings().get(0).finding().message());
        }

        @Test
        void feeIdUsedTwiceInOneClinic_isEDuplicateId() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"id\": \"cream\"", "\"id\": \"consultation\""));

            assertEquals("28:16 error E-DUPLICATE-ID /clinics/0/fees/1/id", located(f));
            assertEquals("fee id 'consultation' is used twice in this clinic", f.finding().message());
        }

        @Test
        void feeIdReusedByAnotherClinic_isAllowed() {
            LoadedSheet loaded = load(with(MINIMAL, "    }\n  ]", "    },\n    {\"id\": \"sample-b\", \"name\": \"B\", "
                    + "\"prices\": {\"iv\": {\"min\": 1, \"max\": 2}}, \"fees\": [{\"id\": \"consultation\", "
                    + "\"label\": {\"en\": \"Visit\", \"ja\": \"初診料\"}, "
                    + "\"amount\": 0, \"per\": \"once\"}]}\n  ]"));

            assertEquals(List.of("consultation"), loaded.sheet().clinic("sample-b").orElseThrow().fees().stream()
                    .map(Fee::id).toList());
        }

        @Test
        void clinicIdWithCapitalAndSpace_isEIdSuggestingASlug() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"id\": \"sample-a\"", "\"id\": \"Sample A\""));

            assertEquals("20:13 error E-ID /clinics/0/id", located(f));
            assertEquals("clinic id 'Sample A' is not a valid id", f.finding().message());
            assertTrue(f.finding().fix().endsWith("(e.g. \"sample-a\")"), f.finding().fix());
        }

        @Test
        void methodIdInCapitals_isEIdAndItsReferencesAreUnknown() {
            SheetException e = refuse(with(MINIMAL, "\"iv\": {\"label\"", "\"IV\": {\"label\""));

            assertEquals(List.of(
                    "6:11 error E-ID /methods/IV",
                    "12:19 error E-UNKNOWN-METHOD /goals/skin/methods/0",
                    "23:15 error E-UNKNOWN-METHOD /clinics/0/prices/iv"), located(e.findings()));
        }

        @Test
        void idOf63Characters_isTheLongestAllowed() {
            String id = "a".repeat(63);

            assertEquals(id, clinic(load(with(MINIMAL, "\"id\": \"sample-a\"", "\"id\": \"" + id + "\""))).id());
        }

        @Test
        void idOf64Characters_isEId() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"id\": \"sample-a\"", "\"id\": \"" + "a".repeat(64) + "\""));

            assertEquals("20:13 error E-ID /clinics/0/id", located(f));
        }

        @Test
        void idStartingWithAHyphen_isEId() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"id\": \"sample-a\"", "\"id\": \"-a\""));

            assertEquals("20:13 error E-ID /clinics/0/id", located(f));
            assertTrue(f.finding().fix().endsWith("(e.g. \"a\")"), f.finding().fix());
        }
    }

    @Nested
    class Labels {

        @Test
        void labelWithOnlyEnglish_warnsAboutTheMissingJapaneseAndFallsBack() {
            LoadedSheet loaded = load(with(MINIMAL, "{\"ja\": \"点滴\", \"en\": \"IV drip\"}",
                    "{\"en\": \"IV drip\"}"));

            assertEquals(List.of("6:21 warning W-LABEL /methods/iv/label/ja"), located(loaded.warnings()));
            assertEquals("no Japanese text", loaded.warnings().get(0).finding().message());
            assertEquals("IV drip", loaded.sheet().methods().get("iv").label().in(Language.JA));
        }

        @Test
        void labelWithOnlyJapanese_warnsAboutTheMissingEnglish() {
            LoadedSheet loaded = load(with(MINIMAL, "{\"ja\": \"点滴\", \"en\": \"IV drip\"}",
                    "{\"ja\": \"点滴\"}"));

            assertEquals(List.of("6:21 warning W-LABEL /methods/iv/label/en"), located(loaded.warnings()));
            assertEquals("no English text", loaded.warnings().get(0).finding().message());
        }

        @Test
        void labelWithNeitherLanguage_isERequired() {
            SheetFinding f = onlyFinding(with(MINIMAL, "{\"ja\": \"美肌\", \"en\": \"Skin\"}", "{}"));

            assertEquals("11:16 error E-REQUIRED /goals/skin/label", located(f));
            assertEquals("the text has neither \"ja\" nor \"en\"", f.finding().message());
        }

        @Test
        void labelWithBlankJapanese_isERequiredAtJa() {
            SheetFinding f = onlyFinding(with(MINIMAL, "{\"ja\": \"点滴\", \"en\": \"IV drip\"}",
                    "{\"ja\": \"\", \"en\": \"IV drip\"}"));

            assertEquals("6:28 error E-REQUIRED /methods/iv/label/ja", located(f));
            assertEquals("the text is empty", f.finding().message());
        }

        @Test
        void feeLabelWithBothLanguagesNull_isAnErrorNotASilentlyDroppedClinic() {
            SheetException e = refuse(with(MINIMAL, "{\"ja\": \"初診料\", \"en\": \"Visit\"}",
                    "{\"ja\": null, \"en\": null}"));

            assertFalse(e.errors().isEmpty());
            assertTrue(e.errors().stream().allMatch(f -> f.finding().pointer().startsWith("/clinics/0/fees/0/label")),
                    () -> lines(e.findings()));
        }
    }

    // ---- the one reading path ---------------------------------------------------------------------

    /** What was the whole-tree {@code decode}'s contract, kept by the one path: {@link PriceSheets#check}. */
    @Nested
    class Courses {

        /**
         * MINIMAL with one covered package with its own policy at the law's caps, and no finding (¥50,000 a
         * session is under iv's typical ¥55,001). Its lines, counted from 1:
         * <pre>
         * 31       "packages": [{"method": "iv", "sessions": 5, "price": 250000, "covered": true,
         * 32         "cancellation": {"feeBeforeStart": 20000, "feeAfterStart": {"rate": 0.2, "cap": 50000},
         * 33           "consumedAt": "contract-unit-price"}}]
         * </pre>
         * Columns on line 31: "method" at 21, "sessions" 37, "price" 52, "covered" 69, its value 80. On 32:
         * "cancellation" at 9, its value 25, "feeBeforeStart" 26, its value 44, "feeAfterStart" 51, its value
         * 68, "rate" 69, its value 77, "cap" 82, its value 89. On 33: "consumedAt" at 11, its value 25.
         */
        private static final String COURSE = with(MINIMAL, "\"en\": \"Cream\"}}\n      ]",
                "\"en\": \"Cream\"}}\n      ],\n"
                        + "      \"packages\": [{\"method\": \"iv\", \"sessions\": 5, \"price\": 250000, "
                        + "\"covered\": true,\n"
                        + "        \"cancellation\": {\"feeBeforeStart\": 20000, "
                        + "\"feeAfterStart\": {\"rate\": 0.2, \"cap\": 50000},\n"
                        + "          \"consumedAt\": \"contract-unit-price\"}}]");

        private static final String POLICY = "pricing.json:32:%d: error %s /clinics/0/packages/0/cancellation%s: ";

        private static String oneLine(String json) {
            return onlyFinding(json).oneLine();
        }

        private static List<String> warnings(LoadedSheet loaded) {
            return loaded.warnings().stream().map(SheetFinding::oneLine).toList();
        }

        @Test
        void course_withCoverageAndPolicy_loadsWithoutFindings() {
            LoadedSheet loaded = load(COURSE);

            assertEquals(List.of(), warnings(loaded));
            assertEquals(Optional.of(true), clinic(loaded).packages().get(0).covered());
            assertTrue(clinic(loaded).packages().get(0).cancellation().isPresent());
        }

        @Test
        void covered_asString_isETypeExpectingTrueOrFalse() {
            assertEquals("pricing.json:31:80: error E-TYPE /clinics/0/packages/0/covered: expected true or false, "
                    + "found the string \"yes\" — write true or false",
                    oneLine(with(COURSE, "\"covered\": true", "\"covered\": \"yes\"")));
        }

        @Test
        void goalCovered_asNumber_isETypeExpectingTrueOrFalse() {
            // line 16: 6 spaces, "covered" at 7, its value at 18
            assertEquals("pricing.json:16:18: error E-TYPE /goals/skin/covered: expected true or false, found the "
                    + "number 1 — write true or false",
                    oneLine(with(COURSE, "\"maintenanceIntervalMonths\": {\"min\": 1, \"max\": 24}",
                            "\"maintenanceIntervalMonths\": {\"min\": 1, \"max\": 24},\n      \"covered\": 1")));
        }

        @Test
        void cancellation_asString_isETypeExpectingAnObject() {
            String law = with(COURSE, "{\"feeBeforeStart\": 20000, \"feeAfterStart\": {\"rate\": 0.2, "
                    + "\"cap\": 50000},\n          \"consumedAt\": \"contract-unit-price\"}", "\"law\"");

            assertEquals(String.format(POLICY, 25, "E-TYPE", "") + "expected an object (a cancellation policy), "
                    + "found the string \"law\" — write an object (a cancellation policy)", oneLine(law));
        }

        @Test
        void consumedAt_unknown_isEEnumListingTheTwoValuations() {
            assertEquals("pricing.json:33:25: error E-ENUM /clinics/0/packages/0/cancellation/consumedAt: "
                    + "\"list-price\" is not one of \"contract-unit-price\", \"single-session-price\" — use one of "
                    + "the listed values",
                    oneLine(with(COURSE, "\"contract-unit-price\"", "\"list-price\"")));
        }

        @Test
        void consumedAt_withUnderscores_isEEnumSuggestingTheHyphens() {
            assertEquals("pricing.json:33:25: error E-ENUM /clinics/0/packages/0/cancellation/consumedAt: "
                    + "\"contract_unit_price\" is not one of \"contract-unit-price\", \"single-session-price\" "
                    + "(did you mean \"contract-unit-price\"?) — use one of the listed values",
                    oneLine(with(COURSE, "\"contract-unit-price\"", "\"contract_unit_price\"")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"20", "-0.2", "1.01"})
        void rate_outsideZeroToOne_isERange(String rate) {
            assertEquals(String.format(POLICY, 77, "E-RANGE", "/feeAfterStart/rate") + rate
                    + " is not a share from 0 to 1 — write the rate as a fraction of the amount not yet used: "
                    + "0.2 for 20 %", oneLine(with(COURSE, "\"rate\": 0.2", "\"rate\": " + rate)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "1"})
        void rate_ofZeroOrOne_isAllowed(String rate) {
            // the limits load (1 charges more than the law's 20 %: that is validate's W-CANCEL-CAP, not an error)
            LoadedSheet loaded = load(with(COURSE, "\"rate\": 0.2", "\"rate\": " + rate));

            assertEquals(0, new BigDecimal(rate).compareTo(clinic(loaded).packages().get(0).cancellation()
                    .orElseThrow().feeAfterStartRate()));
        }

        @Test
        void rate_asPercentString_isEType() {
            assertEquals(String.format(POLICY, 77, "E-TYPE", "/feeAfterStart/rate")
                    + "expected a number, found the string \"20%\" — write a number",
                    oneLine(with(COURSE, "\"rate\": 0.2", "\"rate\": \"20%\"")));
        }

        @Test
        void feeBeforeStart_negative_isERange() {
            assertEquals(String.format(POLICY, 44, "E-RANGE", "/feeBeforeStart")
                    + "-20000 must be 0 or more — set a non-negative amount",
                    oneLine(with(COURSE, "\"feeBeforeStart\": 20000", "\"feeBeforeStart\": -20000")));
        }

        @Test
        void cap_negative_isERange() {
            assertEquals(String.format(POLICY, 89, "E-RANGE", "/feeAfterStart/cap")
                    + "-50000 must be 0 or more — set a non-negative amount",
                    oneLine(with(COURSE, "\"cap\": 50000", "\"cap\": -50000")));
        }

        @Test
        void feeAfterStart_withoutRate_isERequiredOnTheObject() {
            // the object now starts at column 68 ({"cap": 50000})
            assertEquals(String.format(POLICY, 68, "E-REQUIRED", "/feeAfterStart/rate")
                    + "required field 'rate' is missing — add \"rate\"",
                    oneLine(with(COURSE, "{\"rate\": 0.2, \"cap\": 50000}", "{\"cap\": 50000}")));
        }

        @Test
        void unknownFieldInAPolicy_isAWarningListingTheKnownOnes() {
            // line 33: "contract-unit-price" at 25–45, then ", ", "note" at 48
            LoadedSheet loaded = load(with(COURSE, "\"consumedAt\": \"contract-unit-price\"}",
                    "\"consumedAt\": \"contract-unit-price\", \"note\": \"x\"}"));

            assertEquals(List.of("pricing.json:33:48: warning W-UNKNOWN-FIELD /clinics/0/packages/0/cancellation/note: "
                    + "unknown field 'note' is ignored — known here: feeBeforeStart, feeAfterStart, consumedAt"),
                    warnings(loaded));
            assertTrue(clinic(loaded).packages().get(0).cancellation().isPresent(), "the policy still loads");
        }

        @Test
        void unknownFieldInFeeAfterStart_isAWarningWithAGuessAndNoCap() {
            LoadedSheet loaded = load(with(COURSE, "\"cap\": 50000", "\"caps\": 50000"));

            assertEquals(List.of("pricing.json:32:82: warning W-UNKNOWN-FIELD "
                    + "/clinics/0/packages/0/cancellation/feeAfterStart/caps: unknown field 'caps' is ignored — "
                    + "did you mean 'cap'? known here: rate, cap"), warnings(loaded));
            assertEquals(Optional.empty(), clinic(loaded).packages().get(0).cancellation().orElseThrow()
                    .feeAfterStartCap(), "a misspelt cap is ignored: no cap");
        }
    }

    @Nested
    class OneReadingPath {

        private SheetReport check(String json) {
            return PriceSheets.check(json.getBytes(UTF_8), "t.json", false);
        }

        @Test
        void check_validSheet_givesTheModelAndNoFindings() {
            SheetReport report = check(MINIMAL);

            assertEquals(List.of("sample-a"), report.sheet().orElseThrow().clinics().stream().map(Clinic::id).toList());
            assertEquals(List.of(), report.findings());
        }

        @Test
        void check_anyError_givesNoModel() {
            SheetReport report = check(with(MINIMAL, "\"min\": 30000", "\"min\": -5000"));

            assertEquals(Optional.empty(), report.sheet());
            assertEquals(1, report.findings().size(), () -> lines(report.findings()));
            Finding f = report.findings().get(0).finding();
            assertEquals(List.of("E-RANGE", "/clinics/0/prices/iv/min", "-5000 must be 0 or more",
                    "set a non-negative amount", "-5000 は0以上でなければなりません", "0以上の金額にしてください"),
                    List.of(f.code(), f.pointer(), f.message(), f.fix(), f.message(Language.JA), f.fix(Language.JA)));
        }

        @Test
        void check_onlyWarnings_givesTheModel() {
            SheetReport report = check(with(MINIMAL, "\"currency\": \"JPY\",",
                    "\"currency\": \"JPY\", \"colour\": \"red\","));

            assertTrue(report.sheet().isPresent());
            assertEquals(List.of("W-UNKNOWN-FIELD /colour"),
                    report.findings().stream().map(f -> f.finding().code() + " " + f.finding().pointer()).toList());
        }

        @Test
        void check_afterASheetWithErrors_knowsNothingOfThem() {
            check(with(MINIMAL, "\"min\": 30000", "\"min\": -5000"));

            SheetReport report = check(MINIMAL);

            assertTrue(report.sheet().isPresent(), () -> "refused with " + lines(report.findings()));
            assertEquals(List.of(), report.findings());
        }
    }
}
