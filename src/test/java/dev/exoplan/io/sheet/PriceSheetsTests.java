package dev.exoplan.io.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.exoplan.core.check.Finding;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.io.json.TextPosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading price sheets: the built-in sheet, files and streams, JSON syntax, duplicate keys, where
 * findings are placed (line:column) and how they are printed. What the decoder makes of a
 * well-formed sheet is in {@link SheetDecoderTests}; both share the fixtures kept here.
 */
class PriceSheetsTests {

    static final String FILE = "pricing.json";

    /**
     * The smallest sheet that exercises every section. Line numbers (1-based) that tests rely on:
     * 3 currency, 4 tax, 6 method iv, 11 goal label, 13 initialSessions, 18 clinics, 20 clinic id,
     * 23 iv prices, 24 injection prices, 27–29 fees. Japanese text only ever comes after the
     * values whose columns are asserted, as labels go last (see the byte-column bug below).
     */
    static final String MINIMAL = """
            {
              "schemaVersion": 1,
              "currency": "JPY",
              "tax": {"rate": 0.10, "included": true, "rounding": "floor"},
              "methods": {
                "iv": {"label": {"ja": "点滴", "en": "IV drip"}},
                "injection": {"label": {"ja": "局所注射", "en": "Local injection"}}
              },
              "goals": {
                "skin": {
                  "label": {"ja": "美肌", "en": "Skin"},
                  "methods": ["iv", "injection"],
                  "initialSessions": {"min": 3, "max": 4},
                  "initialIntervalWeeks": {"min": 2, "typical": 3, "max": 4},
                  "maintenanceIntervalMonths": {"min": 1, "max": 24}
                }
              },
              "clinics": [
                {
                  "id": "sample-a",
                  "name": "Sample A",
                  "prices": {
                    "iv": {"min": 30000, "max": 80001},
                    "injection": {"min": 50000, "typical": 100000, "max": 200000}
                  },
                  "fees": [
                    {"id": "consultation", "amount": 5500, "per": "once", "label": {"ja": "初診料", "en": "Visit"}},
                    {"id": "cream", "amount": 3300, "per": "visit", "optional": true, "methods": ["injection"],
                     "label": {"ja": "麻酔クリーム", "en": "Cream"}}
                  ]
                }
              ]
            }
            """;

    // ---- shared helpers (also used by SheetDecoderTests) ----------------------------------------

    /** {@code json} with its one occurrence of {@code target} replaced; refuses a fixture typo. */
    static String with(String json, String target, String replacement) {
        int first = json.indexOf(target);
        if (first < 0 || json.indexOf(target, first + 1) >= 0) {
            throw new IllegalArgumentException("fixture: '" + target + "' must occur exactly once");
        }
        return json.replace(target, replacement);
    }

    static LoadedSheet load(String json) {
        try {
            return PriceSheets.parse(json.getBytes(UTF_8), FILE);
        } catch (SheetException e) {
            return fail("expected the sheet to load, but:\n" + lines(e.findings()));
        }
    }

    static SheetException refuse(String json) {
        return refuse(json.getBytes(UTF_8));
    }

    static SheetException refuse(byte[] bytes) {
        return assertThrows(SheetException.class, () -> PriceSheets.parse(bytes, FILE));
    }

    /** The one finding of a refused sheet, failing when there are more. */
    static SheetFinding onlyFinding(String json) {
        return onlyFinding(json.getBytes(UTF_8));
    }

    static SheetFinding onlyFinding(byte[] bytes) {
        SheetException e = refuse(bytes);
        assertEquals(1, e.findings().size(), () -> "expected one finding:\n" + lines(e.findings()));
        return e.findings().get(0);
    }

    /** Where and what, compactly: {@code "23:23 error E-RANGE /clinics/0/prices/iv/min"}. */
    static String located(SheetFinding f) {
        return f.position().map(TextPosition::toString).orElse("-") + " " + f.finding().severity().id() + " "
                + f.finding().code() + (f.finding().pointer().isEmpty() ? "" : " " + f.finding().pointer());
    }

    static List<String> located(List<SheetFinding> findings) {
        return findings.stream().map(PriceSheetsTests::located).toList();
    }

    static String lines(List<SheetFinding> findings) {
        return findings.stream().map(SheetFinding::oneLine).collect(Collectors.joining("\n"));
    }

    /** Compares amounts with {@code isEqualTo}: {@code assertAmount("JPY 55001", amount)}. */
    static void assertAmount(String expected, MonetaryAmount actual) {
        String[] parts = expected.split(" ");
        assertEquals(parts[0], actual.getCurrency().getCurrencyCode(), () -> "currency of " + actual);
        MonetaryAmount wanted = Money.of(new BigDecimal(parts[1]), parts[0]);
        assertTrue(wanted.isEqualTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    static void assertAmounts(String min, String typical, String max, Range<MonetaryAmount> range) {
        assertAll(
                () -> assertAmount(min, range.min()),
                () -> assertAmount(typical, range.typical()),
                () -> assertAmount(max, range.max()));
    }

    // ---- the built-in sheet ----------------------------------------------------------------------

    @Nested
    class KeepingOneClinic {

        @Test
        void theSheetHoldsOnlyTheClinicsKept_andEveryOtherIsStillChecked() throws Exception {
            byte[] bytes = Files.readAllBytes(Path.of("pricing.json"));
            LoadedSheet one = PriceSheets.parse(bytes, FILE, "sample-b"::equals);
            assertEquals(List.of("sample-b"), one.sheet().clinics().stream().map(Clinic::id).toList());
            // the built-in sheet has three clinics; an error in one that is not kept still refuses the sheet
            assertEquals(3, PriceSheets.parse(bytes, FILE).sheet().clinics().size());
            String broken = new String(bytes, UTF_8).replaceFirst("\"id\": \"sample-a\"", "\"id\": \"Sample A\"");
            SheetException refused = assertThrows(SheetException.class,
                    () -> PriceSheets.parse(broken.getBytes(UTF_8), FILE, "sample-b"::equals));
            assertTrue(refused.getMessage().contains("/clinics/0/id"), refused.getMessage());
        }
    }

    @Nested
    class Embedded {

        @Test
        void embedded_always_loadsWithoutWarningsUnderItsOwnName() throws SheetException {
            LoadedSheet loaded = PriceSheets.embedded();

            assertEquals(List.of(), located(loaded.warnings()));
            assertEquals("pricing.json (built in)", loaded.file());
        }

        @Test
        void embedded_isReadOnceAndShared() throws SheetException {
            assertSame(PriceSheets.embedded(), PriceSheets.embedded());
        }

        @Test
        void embedded_goals_areTheElevenOfTheArticleInSheetOrder() throws SheetException {
            PriceSheet sheet = PriceSheets.embedded().sheet();

            assertEquals(List.of("skin", "hair", "fatigue", "inflammation", "immunity", "ed", "vascular", "neuro",
                    "joint", "menopause", "allergy"), List.copyOf(sheet.goals().keySet()));
        }

        @Test
        void embedded_methods_areIvInjectionAndCombined() throws SheetException {
            PriceSheet sheet = PriceSheets.embedded().sheet();

            assertEquals(List.of("iv", "injection", "combined"), List.copyOf(sheet.methods().keySet()));
            assertEquals("点滴", sheet.methods().get("iv").label().ja().orElseThrow());
        }

        @Test
        void embedded_clinics_areTheThreeSampleClinics() throws SheetException {
            PriceSheet sheet = PriceSheets.embedded().sheet();

            assertEquals(List.of("sample-a", "sample-b", "sample-c"), sheet.clinics().stream().map(Clinic::id).toList());
        }

        @Test
        void embedded_currencyAndTax_areJpyWithTenPercentIncludedRoundedDown() throws SheetException {
            PriceSheet sheet = PriceSheets.embedded().sheet();

            assertEquals("JPY", sheet.currency().getCurrencyCode());
            assertEquals(0, new BigDecimal("0.10").compareTo(sheet.tax().rate()), () -> "rate " + sheet.tax().rate());
            assertTrue(sheet.tax().included());
            assertEquals(TaxRounding.FLOOR, sheet.tax().rounding());
        }

        @Test
        void embedded_sampleAIvPrice_isTheWrittenRange() throws SheetException {
            Clinic a = PriceSheets.embedded().sheet().clinic("sample-a").orElseThrow();

            assertAmounts("JPY 30000", "JPY 80000", "JPY 150000", a.price("iv").orElseThrow());
        }

        @Test
        void embedded_skinOnsetWithoutTypical_takesTheMidpointRoundedHalfUp() throws SheetException {
            Goal skin = PriceSheets.embedded().sheet().goal("skin").orElseThrow();

            // min 1, max 8: (1 + 8) / 2 = 4.5, half up → 5
            assertEquals(new Range<>(1, 5, 8), skin.onsetWeeks().orElseThrow());
        }

        @Test
        void embedded_resource_isByteForByteTheProjectsPricingJson() throws IOException {
            byte[] packed;
            try (InputStream in = PriceSheets.class.getResourceAsStream("/dev/exoplan/pricing.json")) {
                assertTrue(in != null, "the resource /dev/exoplan/pricing.json is missing");
                packed = in.readAllBytes();
            }

            // surefire runs in the Maven basedir, where the project's pricing.json lives
            assertArrayEquals(Files.readAllBytes(Path.of("pricing.json")), packed);
        }
    }

    // ---- JSON syntax -------------------------------------------------------------------------------

    @Nested
    class Syntax {

        @Test
        void parse_missingCommaAtEndOfLine2_reportsESyntaxWhereTheNextKeyStartsOnLine3() {
            SheetFinding f = onlyFinding("""
                    {
                      "schemaVersion": 1
                      "currency": "JPY"
                    }
                    """);

            // the parser notices the missing comma at the quote opening "currency": line 3, column 3
            assertEquals("3:3 error E-SYNTAX", located(f));
            assertTrue(f.finding().message().contains("expected a comma (,) between two fields"),
                    f.finding().message());
            assertEquals("put a comma (,) after the value before this place", f.finding().fix());
        }

        @Test
        void parse_emptyFile_reportsTheFileIsEmptyAtTheStart() {
            SheetFinding f = onlyFinding("");

            assertEquals("1:1 error E-SYNTAX", located(f));
            assertEquals("the file is empty", f.finding().message());
        }

        @Test
        void parse_onlyWhitespace_countsAsEmpty() {
            SheetFinding f = onlyFinding("  \n\t\n");

            assertEquals("1:1 error E-SYNTAX", located(f));
            assertEquals("the file is empty", f.finding().message());
        }

        @Test
        void parse_secondObjectAfterTheFirst_reportsTrailingContentWhereItStarts() {
            // {"schemaVersion": 1} is 20 characters, a space, then the second object at column 22
            SheetFinding f = onlyFinding("{\"schemaVersion\": 1} {}");

            assertEquals("1:22 error E-SYNTAX", located(f));
            assertEquals("unexpected content after the end of the JSON value", f.finding().message());
        }

        @Test
        void parse_trailingContentAfterAWholeSheet_isRefusedRatherThanIgnored() {
            SheetException e = refuse(MINIMAL + "]\n");

            assertEquals(List.of("34:1 error E-SYNTAX"), located(e.findings()));
        }

        @Test
        void parse_shiftJisBytes_reportEEncodingAtTheFirstBadByteAsOneLine() {
            byte[] head = "{\n  \"name\": \"".getBytes(UTF_8);
            byte[] price = "価格".getBytes(Charset.forName("Shift_JIS")); // 0x89 0xBF 0x8A 0x69
            byte[] tail = "\"\n}\n".getBytes(UTF_8);
            byte[] bytes = new byte[head.length + price.length + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(price, 0, bytes, head.length, price.length);
            System.arraycopy(tail, 0, bytes, head.length + price.length, tail.length);

            SheetException e = refuse(bytes);

            assertEquals(1, e.findings().size(), () -> lines(e.findings()));
            SheetFinding f = e.findings().get(0);
            // line 2 is `  "name": "` (11 characters), so the first Shift_JIS byte stands at column 12
            assertEquals("2:12 error E-ENCODING", located(f));
            assertEquals("byte 0x89 at byte offset 13 is not UTF-8; the file looks like it was saved in another "
                    + "encoding (Shift_JIS is common for Japanese text)", f.finding().message());
            assertEquals("save the file as UTF-8", f.finding().fix());
            assertFalse(f.oneLine().contains("\n"), f.oneLine());
        }

        @Test
        void parse_truncatedInsideAString_reportsUnexpectedEndOfInput() {
            SheetFinding f = onlyFinding("{\n  \"currency\": \"JP");

            assertEquals("E-SYNTAX", f.finding().code());
            assertEquals(2, f.position().orElseThrow().line());
            assertTrue(f.finding().message().startsWith("expected a double quote (\") to close the text, found the end "
                    + "of the file"), f.finding().message());
        }

        @Test
        void parse_missingClosingBrace_givesAOneLineMessage() {
            SheetFinding f = onlyFinding("{\n  \"currency\": \"JPY\"\n");

            assertEquals("E-SYNTAX", f.finding().code());
            assertTrue(f.finding().message().startsWith("expected '}' to close the object, found the end of the file"),
                    f.finding().message());
            assertFalse(f.oneLine().contains("\n"), f.oneLine());
        }

        @Test
        void parse_commentLine_isRefusedAtTheSlash() {
            SheetFinding f = onlyFinding("{\n  // prices from 2025\n  \"schemaVersion\": 1}");

            assertEquals("2:3 error E-SYNTAX", located(f));
            assertTrue(f.finding().message().contains("comment"), f.finding().message());
        }

        @Test
        void parse_nestedTwoHundredLevelsDeep_reportsTheNestingLimitInsteadOfOverflowingTheStack() {
            String deep = "[".repeat(200) + "]".repeat(200);

            SheetFinding f = onlyFinding(deep);

            // the 65th bracket passes the limit; the parser stands just after it
            assertEquals("1:66 error E-SYNTAX", located(f));
            assertEquals("nesting deeper than 64 levels", f.finding().message());
        }

        @Test
        void parse_nestedSixtyFourLevels_isStillJsonAndFailsOnlyForItsShape() {
            SheetFinding f = onlyFinding("[".repeat(64) + "]".repeat(64));

            assertEquals("1:1 error E-TYPE", located(f));
            assertEquals("expected an object (a price sheet), found an array", f.finding().message());
        }

        @Test
        void parse_numberLongerThanSixtyFourDigits_isASyntaxError() {
            SheetFinding f = onlyFinding("{\"schemaVersion\": " + "1".repeat(65) + "}");

            assertEquals("E-SYNTAX", f.finding().code());
            assertEquals(1, f.position().orElseThrow().line());
            assertEquals("a number longer than 64 characters", f.finding().message());
        }

        @Test
        void parse_utf8ByteOrderMark_isSkippedWithAWarning() throws SheetException {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = MINIMAL.getBytes(UTF_8);
            byte[] bytes = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, bytes, 0, bom.length);
            System.arraycopy(body, 0, bytes, bom.length, body.length);

            assertDoesLoad(bytes);
            assertEquals(List.of("1:1 warning W-BOM"), located(PriceSheets.parse(bytes, FILE).warnings()));
        }

        @Test
        void parse_utf16WithByteOrderMark_isRefusedAsNotUtf8() {
            SheetFinding f = onlyFinding(MINIMAL.getBytes(StandardCharsets.UTF_16));

            assertEquals("1:1 error E-ENCODING", located(f));
            assertEquals("save the file as UTF-8", f.finding().fix());
        }

        private void assertDoesLoad(byte[] bytes) {
            try {
                LoadedSheet loaded = PriceSheets.parse(bytes, FILE);
                assertEquals("点滴", loaded.sheet().methods().get("iv").label().ja().orElseThrow());
            } catch (SheetException e) {
                fail("refused:\n" + lines(e.findings()));
            }
        }
    }

    // ---- duplicate keys ---------------------------------------------------------------------------

    @Nested
    class DuplicateKeys {

        @Test
        void parse_duplicateKeys_areAllReportedEachAtItsSecondKey() {
            String json = with(with(MINIMAL,
                    "\"rounding\": \"floor\"}", "\"rounding\": \"floor\", \"included\": false}"),
                    "  \"clinics\": [", "  \"schemaVersion\": 1, \"clinics\": [");

            SheetException e = refuse(json);

            // line 4: "floor" ends at column 61, then ", " — the second "included" opens at column 64
            assertEquals(List.of(
                    "4:64 error E-DUPLICATE-KEY /tax/included",
                    "18:3 error E-DUPLICATE-KEY /schemaVersion"), located(e.findings()));
            assertEquals("key 'included' appears twice in one object (first at line 4)",
                    e.findings().get(0).finding().message());
            assertEquals("key 'schemaVersion' appears twice in one object (first at line 2)",
                    e.findings().get(1).finding().message());
            assertEquals("keep one 'schemaVersion' and remove the other", e.findings().get(1).finding().fix());
        }

        @Test
        void parse_keyThreeTimes_reportsTheSecondAndTheThird() {
            String json = with(MINIMAL, "\"currency\": \"JPY\",",
                    "\"currency\": \"JPY\", \"currency\": \"USD\", \"currency\": \"EUR\",");

            SheetException e = refuse(json);

            // "currency" at 3, "JPY" 15–19; second key at 22, "USD" 34–38; third key at 41
            assertEquals(List.of("3:22 error E-DUPLICATE-KEY /currency", "3:41 error E-DUPLICATE-KEY /currency"),
                    located(e.findings()));
        }

        @Test
        void parse_duplicateKeyBesideOtherErrors_isReportedWithThem() {
            String json = with(with(MINIMAL, "\"currency\": \"JPY\",", "\"currency\": \"JPY\", \"currency\": \"USD\","),
                    "\"min\": 30000", "\"min\": -5000");

            SheetException e = refuse(json);

            assertEquals(List.of(
                    "3:22 error E-DUPLICATE-KEY /currency",
                    "23:23 error E-RANGE /clinics/0/prices/iv/min"), located(e.findings()));
        }

        @Test
        void parse_duplicateKey_keepsTheFirstValue() {
            // were "XYZ" kept, it would be an E-CURRENCY too
            SheetException e = refuse(with(MINIMAL, "\"currency\": \"JPY\",",
                    "\"currency\": \"JPY\", \"currency\": \"XYZ\","));

            assertEquals(List.of("3:22 error E-DUPLICATE-KEY /currency"), located(e.findings()));
        }

        @Test
        void parse_duplicateKeyWithAnObjectValue_skipsTheWholeSecondValue() {
            // were the second tax read, its rate would be an E-RANGE and "inner" a W-UNKNOWN-FIELD; were the key
            // after it lost, /methods would be an E-REQUIRED
            SheetException e = refuse(with(MINIMAL, "\"rounding\": \"floor\"},",
                    "\"rounding\": \"floor\"},\n  \"tax\": {\"rate\": 2, \"inner\": {\"deep\": [1, 2]}},"));

            assertEquals(List.of("5:3 error E-DUPLICATE-KEY /tax"), located(e.findings()));
        }
    }

    // ---- JSON document: positions and numbers -------------------------------------------------------

    @Nested
    class Document {

        @Test
        void positionOf_root_isWhereTheFirstBracketStands() {
            assertEquals("2:3 error E-TYPE", located(onlyFinding("\n  [10, 20.50]\n")));
        }

        @Test
        void positionOf_arrayElement_isWhereItsValueStarts() {
            // line 12: six spaces, "methods": ["iv", — the 5 starts at column 25
            assertEquals("12:25 error E-TYPE /goals/skin/methods/1",
                    located(onlyFinding(with(MINIMAL, "[\"iv\", \"injection\"]", "[\"iv\", 5]"))));
        }

        @Test
        void positionOf_missingValue_fallsBackToItsNearestParent() {
            // line 23: eight spaces, "iv": — its object opens at column 15
            assertEquals("23:15 error E-REQUIRED /clinics/0/prices/iv/max",
                    located(onlyFinding(with(MINIMAL, "{\"min\": 30000, \"max\": 80001}", "{\"min\": 30000}"))));
        }

        @Test
        void positionOf_keyWithSlash_isFoundThroughItsEscapedPointer() {
            // new line 6: four spaces, "x/y": — its object opens at column 12
            assertEquals("6:12 error E-ID /methods/x~1y", located(onlyFinding(with(MINIMAL, "\"methods\": {\n",
                    "\"methods\": {\n    \"x/y\": {\"label\": {\"ja\": \"X\", \"en\": \"X\"}},\n"))));
        }

        @Test
        void parse_decimals_keepTheirWrittenScale() {
            assertEquals(new BigDecimal("0.100"), load(with(MINIMAL, "\"rate\": 0.10", "\"rate\": 0.100")).sheet()
                    .tax().rate());
        }

        @Test
        void parse_withoutDuplicates_hasNoFindings() {
            assertEquals(List.of(), located(load(MINIMAL).warnings()));
        }

        @Test
        void parse_syntaxError_carriesPositionAndFix() {
            SheetFinding f = onlyFinding("{\"a\": 1,\n\"b\" 2}");

            assertEquals("2:5 error E-SYNTAX", located(f));
            assertTrue(f.finding().message().contains("expected a colon (:) after the field name"),
                    f.finding().message());
            assertTrue(f.finding().fix().startsWith("put a colon (:) between the field name and its value"),
                    f.finding().fix());
        }

        @Test
        void parse_valueAfterJapaneseTextOnItsLine_isPlacedByCharacterColumn() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"en\": \"Skin\"", "\"en\": 5"));

            // line 11: six spaces, "label": {"ja": "美肌", "en": 5 — the 5 is character 35
            assertEquals("11:35 error E-TYPE /goals/skin/label/en", located(f));
        }
    }

    // ---- many findings at once ----------------------------------------------------------------------

    @Nested
    class SeveralFindings {

        private static final String BROKEN = """
                {
                  "clinics": [{"id": "Sample A", "name": "Sample A", "prices": {"iv": {"min": 1, "max": 2}}}],
                  "schemaVersion": 2,
                  "currency": "JPY",
                  "tax": {"rate": 1.0, "included": true, "rounding": "round"},
                  "methods": {"iv": {"label": {"ja": "点滴", "en": "IV drip"}}},
                  "goals": {"skin": {"label": {"ja": "美肌", "en": "Skin"}, "methods": ["iv"],
                    "initialSessions": {"min": 0, "max": 51},
                    "initialIntervalWeeks": {"min": 1, "max": 26},
                    "maintenanceIntervalMonths": {"min": 1, "max": 24}}}
                }
                """;

        @Test
        void parse_sheetWithSixErrors_reportsAllSortedByLineAndColumn() {
            SheetException e = refuse(BROKEN);

            // the decoder finds them in section order (clinics last); the report is in file order
            assertEquals(List.of(
                    "2:22 error E-ID /clinics/0/id",
                    "3:20 error E-SCHEMA-VERSION /schemaVersion",
                    "5:19 error E-RANGE /tax/rate",
                    "5:54 error E-ENUM /tax/rounding",
                    "8:32 error E-RANGE /goals/skin/initialSessions/min",
                    "8:42 error E-RANGE /goals/skin/initialSessions/max"), located(e.findings()));
        }

        @Test
        void exception_message_isTheFirstFindingOnOneLine() {
            SheetException e = refuse(BROKEN);

            assertEquals(e.findings().get(0).oneLine(), e.getMessage());
            assertTrue(e.getMessage().startsWith("pricing.json:2:22: error E-ID /clinics/0/id: "), e.getMessage());
        }

        @Test
        void exception_errors_leaveOutTheWarnings() {
            String json = with(with(MINIMAL, "\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"colour\": \"red\","),
                    "\"min\": 30000", "\"min\": -5000");

            SheetException e = refuse(json);

            assertEquals(List.of(
                    "2:23 warning W-UNKNOWN-FIELD /colour",
                    "23:23 error E-RANGE /clinics/0/prices/iv/min"), located(e.findings()));
            assertEquals(List.of("23:23 error E-RANGE /clinics/0/prices/iv/min"), located(e.errors()));
        }
    }

    // ---- the one-line form -----------------------------------------------------------------------

    @Nested
    class OneLine {

        @Test
        void oneLine_negativePrice_printsFileLineColumnSeverityCodePointerMessageAndFix() {
            SheetFinding f = onlyFinding("""
                    {
                      "schemaVersion": 1,
                      "currency": "JPY",
                      "tax": {"rate": 0.10, "included": true, "rounding": "floor"},
                      "methods": {"iv": {"label": {"ja": "点滴", "en": "IV drip"}}},
                      "goals": {"skin": {
                        "label": {"ja": "美肌", "en": "Skin"},
                        "methods": ["iv"],
                        "initialSessions": {"min": 3, "max": 5},
                        "initialIntervalWeeks": {"min": 2, "max": 4},
                        "maintenanceIntervalMonths": {"min": 2, "max": 4}}},
                      "clinics": [{"id": "sample-a", "name": "Sample A",
                        "prices": {
                          "iv": { "min": -5000, "max": 150000 }}}]
                    }
                    """);

            // line 14: six spaces, "iv": { "min": — the -5000 starts at column 22
            assertEquals("pricing.json:14:22: error E-RANGE /clinics/0/prices/iv/min: -5000 must be 0 or more — "
                    + "set a non-negative amount", f.oneLine());
        }

        @Test
        void oneLine_warning_saysWarning() {
            LoadedSheet loaded = load(with(MINIMAL, "{\"ja\": \"点滴\", \"en\": \"IV drip\"}",
                    "{\"en\": \"IV drip\"}"));

            assertEquals(List.of("pricing.json:6:21: warning W-LABEL /methods/iv/label/ja: no Japanese text — add "
                    + "\"ja\"; the English text is shown in its place"),
                    loaded.warnings().stream().map(SheetFinding::oneLine).toList());
        }

        @Test
        void oneLine_findingForTheWholeDocument_hasNoPointer() {
            SheetFinding f = new SheetFinding("x.json", Optional.of(new TextPosition(3, 3)),
                    Finding.error("E-SYNTAX", "", "bad", "fix it"));

            assertEquals("x.json:3:3: error E-SYNTAX: bad — fix it", f.oneLine());
        }

        @Test
        void oneLine_withoutPosition_hasNoLineOrColumn() {
            SheetFinding f = new SheetFinding("x.json", Optional.empty(), Finding.error("E-READ", "", "bad", "fix it"));

            assertEquals("x.json: error E-READ: bad — fix it", f.oneLine());
        }

        @Test
        void sheetFinding_withoutFile_isRefused() {
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> new SheetFinding(null, Optional.empty(), Finding.error("E-READ", "", "bad", "fix")));

            assertEquals("file", e.getMessage());
        }
    }

    // ---- files and streams -----------------------------------------------------------------------

    @Nested
    class Reading {

        @TempDir
        Path dir;

        @Test
        void read_existingFile_loadsItUnderTheGivenName() throws IOException, SheetException {
            Path file = Files.writeString(dir.resolve("clinic.json"), MINIMAL);

            LoadedSheet loaded = PriceSheets.read(file, "prices/clinic.json");

            assertEquals("prices/clinic.json", loaded.file());
            assertEquals(List.of("sample-a"), loaded.sheet().clinics().stream().map(Clinic::id).toList());
        }

        @Test
        void read_fileWithErrors_namesTheFileAsGivenInEachFinding() throws IOException {
            Path file = Files.writeString(dir.resolve("clinic.json"),
                    with(MINIMAL, "\"min\": 30000", "\"min\": -5000"));

            SheetException e = assertThrows(SheetException.class, () -> PriceSheets.read(file, "typed.json"));

            assertTrue(e.getMessage().startsWith("typed.json:23:23: error E-RANGE"), e.getMessage());
        }

        @Test
        void read_missingFile_reportsDoesNotExistWithoutPosition() {
            SheetException e = assertThrows(SheetException.class,
                    () -> PriceSheets.read(dir.resolve("missing.json"), "missing.json"));

            SheetFinding f = e.findings().get(0);
            assertEquals(List.of("- error E-READ"), located(e.findings()));
            assertEquals("missing.json: error E-READ: missing.json does not exist — check the path, or leave out "
                    + "--pricing to use the built-in sheet", f.oneLine());
        }

        @Test
        void read_directory_reportsIsADirectory() {
            SheetException e = assertThrows(SheetException.class, () -> PriceSheets.read(dir, "prices"));

            assertEquals(List.of("- error E-READ"), located(e.findings()));
            assertEquals("prices is a directory", e.findings().get(0).finding().message());
            assertEquals("give the path of the price sheet file itself", e.findings().get(0).finding().fix());
        }

        @Test
        void read_fileOverTheSizeLimit_isRefusedBeforeReading() throws IOException {
            Path file = dir.resolve("huge.json");
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(PriceSheets.MAX_BYTES + 1); // sparse: no 64 MiB written
            }

            SheetException e = assertThrows(SheetException.class, () -> PriceSheets.read(file, "huge.json"));

            // 64 × 1024 × 1024 = 67108864
            assertEquals("huge.json is 67108865 bytes, more than the 67108864 bytes a price sheet may have",
                    e.findings().get(0).finding().message());
        }

        @Test
        void read_unreadableFile_reportsPermissionDenied() throws IOException {
            Path file = Files.writeString(dir.resolve("locked.json"), MINIMAL);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
            } catch (UnsupportedOperationException e) {
                assumeFalse(true, "no POSIX permissions here");
            }
            assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");

            SheetException e = assertThrows(SheetException.class, () -> PriceSheets.read(file, "locked.json"));

            assertEquals("locked.json cannot be read: permission denied", e.findings().get(0).finding().message());
        }

        @Test
        void read_stream_loadsTheSheet() throws SheetException {
            LoadedSheet loaded = PriceSheets.read(new ByteArrayInputStream(MINIMAL.getBytes(UTF_8)), "<stdin>");

            assertEquals("<stdin>", loaded.file());
            assertEquals(2, loaded.sheet().methods().size());
        }

        @Test
        void read_streamThatFails_reportsERead() {
            InputStream failing = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk on fire");
                }
            };

            SheetException e = assertThrows(SheetException.class, () -> PriceSheets.read(failing, "<stdin>"));

            assertEquals(List.of("<stdin>: error E-READ: <stdin> cannot be read: disk on fire — check the input"),
                    e.findings().stream().map(SheetFinding::oneLine).toList());
        }

        @Test
        void read_streamOverTheSizeLimit_isRefused() {
            InputStream endless = new InputStream() {
                @Override
                public int read() {
                    return ' ';
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    Arrays.fill(b, off, off + len, (byte) ' ');
                    return len;
                }
            };

            SheetException e = assertThrows(SheetException.class, () -> PriceSheets.read(endless, "<stdin>"));

            assertEquals("<stdin> is more than the 67108864 bytes a price sheet may have",
                    e.findings().get(0).finding().message());
        }
    }

    // ---- numbers at the edges ---------------------------------------------------------------------

    @Nested
    class ExtremeNumbers {

        @Test
        void parse_wholeAmountInExponentNotation_loadsAsThatAmount() {
            LoadedSheet loaded = load(with(MINIMAL, "\"max\": 200000", "\"max\": 2e5"));

            assertAmount("JPY 200000", loaded.sheet().clinics().get(0).price("injection").orElseThrow().max());
        }

        @Test
        void parse_fractionalYenInExponentNotation_isEDecimals() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"max\": 200000", "\"max\": 2000005e-1"));

            assertEquals("24:63 error E-DECIMALS /clinics/0/prices/injection/max", located(f));
            assertEquals("200000.5 has more decimals than JPY allows (0)", f.finding().message());
        }

        @Test
        void parse_sessionCountOf1e400_isERangeFarTooLarge() {
            SheetFinding f = onlyFinding(with(MINIMAL, "\"initialSessions\": {\"min\": 3",
                    "\"initialSessions\": {\"min\": 1e400"));

            assertEquals("13:34 error E-RANGE /goals/skin/initialSessions/min", located(f));
            assertTrue(f.finding().message().endsWith(" is far too large"), f.finding().message());
        }

        @Test
        void parse_amountOf1e400Yen_isRefusedAtItsPointer() {
            SheetException e = refuse(with(MINIMAL, "\"max\": 200000", "\"max\": 1e400"));

            assertEquals(List.of("/clinics/0/prices/injection/max"),
                    e.errors().stream().map(f -> f.finding().pointer()).toList());
        }

        @Test
        void parse_amountWithHugeExponent_isRefusedAsASheetError() {
            assertRefusedWithAShortMessage(with(MINIMAL, "\"max\": 200000", "\"max\": 1E+999999999"));
        }

        @Test
        void parse_negativeAmountWithHugeExponent_isRefusedAsASheetError() {
            assertRefusedWithAShortMessage(with(MINIMAL, "\"min\": 30000", "\"min\": -1e999999999"));
        }

        @Test
        void parse_amountWithHugeNegativeExponent_isRefusedAsASheetError() {
            assertRefusedWithAShortMessage(with(MINIMAL, "\"max\": 200000", "\"max\": 1e-999999999"));
        }

        @Test
        void parse_countWithHugeExponent_isRefusedAsASheetError() {
            assertRefusedWithAShortMessage(with(MINIMAL, "\"initialSessions\": {\"min\": 3",
                    "\"initialSessions\": {\"min\": 1e999999999"));
        }

        @Test
        void parse_numberWithHugeExponentWhereATextBelongs_isRefusedAsASheetError() {
            assertRefusedWithAShortMessage(with(MINIMAL, "\"currency\": \"JPY\"", "\"currency\": 1e999999999"));
        }

        private void assertRefusedWithAShortMessage(String json) {
            SheetException e = refuse(json);
            assertEquals(1, e.errors().size(), () -> lines(e.findings()));
            assertTrue(e.getMessage().length() < 300, "the message should stay short: " + e.getMessage().length());
        }
    }

    @Test
    void theBuiltInSheet_isReadOnceAndSharedByEveryThreadThatAsks() throws Exception {
        // The start-up thread may read it while the main thread asks for it: both get the one sheet.
        LoadedSheet[] seen = new LoadedSheet[2];
        Thread other = new Thread(() -> {
            try {
                seen[1] = PriceSheets.embedded();
            } catch (SheetException e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        seen[0] = PriceSheets.embedded();
        other.join();
        org.junit.jupiter.api.Assertions.assertSame(seen[0], seen[1]);
        org.junit.jupiter.api.Assertions.assertSame(seen[0], PriceSheets.embedded());
        assertEquals(3, seen[0].sheet().clinics().size());
    }
}
