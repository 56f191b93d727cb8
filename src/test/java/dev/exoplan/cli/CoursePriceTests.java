package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Variants, first-visit prices and packages, end to end on {@code examples/course-clinic.json}: three
 * fictional clinics shaped like the tables of issue 5 (IV by dose with a first-visit price; IV sold as
 * courses of 2–5 sessions; microneedling by area, each area with a 5-session package valid 12 months).
 * Tax is included, so totals are the prices themselves.
 */
class CoursePriceTests {

    private static final String SHEET = "examples/course-clinic.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Result plan(String... args) {
        List<String> all = new ArrayList<>(List.of("plan", "--pricing", SHEET, "--goal", "skin", "--start",
                "2027-01-04", "--no-caveats"));
        all.addAll(List.of(args));
        return Run.exoplan(all.toArray(String[]::new));
    }

    private static JsonNode json(Result result) throws IOException {
        assertEquals("", result.err());
        assertEquals(ExitCodes.OK, result.code());
        return JSON.readTree(result.out());
    }

    @Nested
    class Courses {

        @Test
        void fiveIvSessions_costTheFiveSessionCourse550000Not750000() throws IOException {
            JsonNode plan = json(plan("--method", "iv", "--clinic", "course-clinic", "--format", "json"));
            JsonNode low = plan.at("/scenarios/low");

            // Low: 3 initial sessions 4 weeks apart, maintenance every 4 months: 5 sessions in 12 months.
            // 5 × 150,000 = 750,000 singly; the 5-session course 550,000; counselling 0.
            assertEquals(5, low.get("sessions").asInt());
            assertEquals(550_000, low.get("total").asLong());
            assertEquals(750_000, low.get("singleSessionsTotal").asLong());
            assertEquals(200_000, low.get("saving").asLong());
            assertEquals("package", low.at("/purchases/0/kind").asText());
            assertEquals("[1,2,3,4,5]", low.at("/purchases/0/sessions").toString());
        }

        @Test
        void sevenSessions_costATwoAndAFiveSessionCourse() throws IOException {
            JsonNode typical = json(plan("--method", "iv", "--clinic", "course-clinic", "--format", "json"))
                    .at("/scenarios/typical");

            // 7 sessions: 280,000 + 550,000 = 830,000 (4 + 3 courses: 900,000; singly 1,050,000).
            assertEquals(7, typical.get("sessions").asInt());
            assertEquals(830_000, typical.get("total").asLong());
            assertEquals(220_000, typical.get("saving").asLong());
            // The course is paid at the visit it is first used: 280,000 on day one, nothing at visit 2.
            assertEquals(280_000, typical.at("/visits/0/total").asLong());
            assertEquals(0, typical.at("/visits/1/total").asLong());
            assertEquals(550_000, typical.at("/visits/2/total").asLong());
        }

        @Test
        void text_listsWhatToBuyAndTheSaving() {
            Result r = plan("--method", "iv", "--clinic", "course-clinic");

            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().contains("""
                    What to buy in each scenario: the cheapest mix of packages and single sessions
                      low      5-session course ¥550,000, bought Mon 4 Jan 2027: sessions 1–5
                               saves ¥200,000 against ¥750,000 in single sessions
                      typical  2-session course ¥280,000, bought Mon 4 Jan 2027: sessions 1–2
                               5-session course ¥550,000, bought Mon 15 Feb 2027: sessions 3–7
                               saves ¥220,000 against ¥1,050,000 in single sessions
                    """), r.out());
            assertTrue(r.out().contains("  3  Mon 15 Feb 2027  initial 3 of 4  ¥550,000  buys 5-session course\n"),
                    r.out());
            assertTrue(r.out().contains("  Saved against single sessions     ¥200,000   ¥220,000     ¥400,000\n"),
                    r.out());
        }

        @Test
        void aClinicThatSellsNoPackageOfTheMethod_isNotSaidToBuyTheCheapestMixOfPackages() {
            // dose-clinic has a first-visit price (2 cc) but no package: what is bought, without "packages"
            Result en = plan("--method", "iv", "--clinic", "dose-clinic", "--lang", "en");
            Result ja = plan("--method", "iv", "--clinic", "dose-clinic", "--lang", "ja");

            // the heading wraps at 78 columns (Layout's paragraphs)
            assertTrue(en.out().contains("\nWhat to buy in each scenario: single sessions, and the first-visit price\n"
                    + "where it applies\n  low      single sessions at ¥44,000: sessions 1–5\n"), en.out());
            assertFalse(en.out().contains("cheapest mix of packages"), en.out());
            assertTrue(ja.out().contains("\n各シナリオでの購入（都度払い。初回価格があればその適用も）\n"), ja.out());
            assertFalse(ja.out().contains("回数券と都度払いの最も安い組み合わせ"), ja.out());
        }
    }

    @Nested
    class Variants {

        @Test
        void withoutVariant_lowTypicalAndHighTakeTheCheapestMiddleAndDearestDose() throws IOException {
            JsonNode plan = json(plan("--method", "iv", "--clinic", "dose-clinic", "--format", "json"));

            assertEquals("1cc", plan.at("/scenarios/low/variant").asText());
            assertEquals("2cc", plan.at("/scenarios/typical/variant").asText());
            assertEquals("3cc", plan.at("/scenarios/high/variant").asText());
            // Low: 5 × 44,000 + 3,300 = 223,300. Typical (2 cc, first visit 55,000): 55,000 + 6 × 77,000
            // + 3,300 = 520,300. High: 10 × 110,000 + 3,300 = 1,103,300.
            assertEquals(223_300, plan.at("/scenarios/low/total").asLong());
            assertEquals(520_300, plan.at("/scenarios/typical/total").asLong());
            assertEquals(1_103_300, plan.at("/scenarios/high/total").asLong());
            assertTrue(plan.get("variant") == null, "no variant was chosen");
        }

        @Test
        void withVariant_everyScenarioTakesItAndItsFirstVisitPrice() throws IOException {
            JsonNode plan = json(plan("--method", "iv", "--clinic", "dose-clinic", "--variant", "2cc", "--format",
                    "json"));

            assertEquals("2cc", plan.get("variant").asText());
            // Low: 55,000 + 4 × 77,000 + 3,300 = 366,300; the first session at the first-visit price.
            assertEquals(366_300, plan.at("/scenarios/low/total").asLong());
            assertEquals("first-visit", plan.at("/scenarios/low/items/1/kind").asText());
            assertEquals(55_000, plan.at("/scenarios/low/items/1/amount").asLong());
            assertEquals(58_300, plan.at("/scenarios/low/visits/0/total").asLong());
        }

        @Test
        void anAreaPackage_paysForTheSessionsInsideItsValidity() throws IOException {
            JsonNode typical = json(plan("--method", "microneedling", "--clinic", "area-clinic", "--variant", "face",
                    "--format", "json")).at("/scenarios/typical");

            // 7 sessions (4 Jan … 8 Dec 2027): face package 250,000 for 5 of them and 2 × 60,500 singly:
            // 371,000 against 7 × 60,500 = 423,500. Singles first on the tie (less paid in advance).
            assertEquals(371_000, typical.get("total").asLong());
            assertEquals(52_500, typical.get("saving").asLong());
            assertEquals(12, typical.at("/purchases/2/validMonths").asInt());
        }

        @Test
        void anUnknownVariant_isAUsageErrorThatNamesTheClosest() {
            Result r = plan("--method", "iv", "--clinic", "dose-clinic", "--variant", "3c");

            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("", r.out());
            assertEquals("exoplan plan: --variant: unknown variant '3c'; did you mean '3cc'? variants of iv at "
                    + "dose-clinic: 1cc, 2cc, 3cc", r.err().strip());
        }

        @Test
        void aVariantForAMethodWithoutVariants_isAUsageErrorThatNamesClinicsWithIt() {
            Result r = plan("--method", "iv", "--clinic", "course-clinic", "--variant", "2cc");

            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("exoplan plan: --variant: clinic 'course-clinic' prices iv without variants, so there is no "
                    + "variant '2cc' to choose; leave the variant out, or choose a clinic with it: dose-clinic",
                    r.err().strip());
        }
    }

    @Nested
    class QuoteAndCompare {

        @Test
        void quote_aSheetWithVariantsHasTheVariantColumnLast() {
            Result r = Run.exoplan("quote", "--pricing", SHEET, "--clinic", "dose-clinic", "--goal", "skin",
                    "--start", "2027-01-04", "--variant", "2cc");

            assertEquals(ExitCodes.OK, r.code(), r.err());
            // Same totals as plan --variant 2cc: 366,300 / 520,300 / 751,300 (55,000 + 9 × 77,000 + 3,300).
            assertEquals("""
                    clinic,clinic_name,goal,method,start,months,currency,sessions_low,sessions_typical,sessions_high,\
                    total_low,total_typical,total_high,tax_low,tax_typical,tax_high,monthly_typical,variant,prepaid
                    dose-clinic,Dose Example Clinic (fictional),skin,iv,2027-01-04,12,JPY,5,7,10,366300,520300,751300,\
                    33300,47300,68300,43358,2cc,0
                    """, r.out());
        }

        @Test
        void quote_aRequestFileMayNameTheVariantOfEachRow() {
            Result r = Run.exoplan(java.util.Map.of(), "goal,method,clinic,variant\nskin,iv,dose-clinic,3cc\n"
                    + "skin,iv,course-clinic,\n", java.util.Locale.US, "quote", "--pricing", SHEET, "--requests", "-",
                    "--start", "2027-01-04", "--format", "jsonl");

            assertEquals(ExitCodes.OK, r.code(), r.err());
            String[] rows = r.out().split("\n");
            // variant, then request, which a request file adds, then prepaid; course-clinic's typical 7 sessions
            // are a 2-session course (280,000) and a 5-session one (550,000), tax included: 830,000 prepaid.
            assertTrue(rows[0].endsWith("\"variant\":\"3cc\",\"request\":1,\"prepaid\":0}"), rows[0]);
            assertTrue(rows[1].endsWith("\"variant\":null,\"request\":2,\"prepaid\":830000}"), rows[1]);
            assertTrue(rows[1].contains("\"total_low\":550000"), rows[1]);
        }

        @Test
        void compare_namesTheVariantsBehindEachOptionsTotals() throws IOException {
            Result all = Run.exoplan("compare", "--pricing", SHEET, "--goal", "skin", "--start", "2027-01-04");
            Result one = Run.exoplan("compare", "--pricing", SHEET, "--goal", "skin", "--start", "2027-01-04",
                    "--variant", "2cc");
            Result json = Run.exoplan("compare", "--pricing", SHEET, "--goal", "skin", "--start", "2027-01-04",
                    "--variant", "2cc", "--format", "json");

            assertEquals(ExitCodes.OK, all.code(), all.err());
            // Without a choice, low and high take the cheapest and dearest variant: the text names both.
            assertTrue(all.out().contains("  2  Dose Example Clinic (fictional)  IV drip (1 cc–3 cc)\n"), all.out());
            assertTrue(all.out().contains("  3  Course Example Clinic (fictional)  IV drip\n"), all.out());
            assertTrue(one.out().contains("  Dose Example Clinic (fictional)  IV drip (2 cc)\n"), one.out());
            assertEquals("2cc", JSON.readTree(json.out()).at("/options/0/variant").asText(), json.out());
        }

        @Test
        void compare_withAVariant_keepsTheOptionsThatHaveIt() throws IOException {
            JsonNode c = json(Run.exoplan("compare", "--pricing", SHEET, "--goal", "skin", "--variant", "face",
                    "--start", "2027-01-04", "--format", "json"));

            assertEquals(1, c.get("options").size());
            assertEquals("area-clinic", c.at("/options/0/clinic").asText());
            assertEquals(371_000, c.at("/options/0/total/typical").asLong());
        }
    }

    @Test
    void validate_theExampleSheetHasNoFindings() {
        Result r = Run.exoplan("validate", SHEET);

        assertEquals(ExitCodes.OK, r.code());
        assertEquals("1 file: 0 errors, 0 warnings\n", r.out());
    }

    @Test
    void validate_aBadVariantIsPlacedAtItsLineAndColumn() {
        String sheet = ValidateCommandTests.cleanWith("\"iv\": { \"min\": 30000, \"typical\": 80000, \"max\": 150000 }",
                "\"iv\": [ { \"id\": \"2cc\", \"label\": { \"ja\": \"2cc\", \"en\": \"2 cc\" }, \"price\": 77000 },\n"
                        + "          { \"id\": \"2cc\", \"label\": { \"ja\": \"2cc\", \"en\": \"2 cc\" }, \"price\": 7.5,"
                        + " \"firstVisti\": 5 } ]");
        Result r = Run.exoplan(java.util.Map.of(), sheet, java.util.Locale.US, "validate", "-");

        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("""
                <stdin>:26:19: error E-DUPLICATE-ID /clinics/0/prices/iv/1/id: variant id '2cc' is used twice for iv \
                — give every variant of a method its own id
                <stdin>:26:75: error E-DECIMALS /clinics/0/prices/iv/1/price: 7.5 has more decimals than JPY allows \
                (0) — write a whole amount of JPY
                <stdin>:26:80: warning W-UNKNOWN-FIELD /clinics/0/prices/iv/1/firstVisti: unknown field 'firstVisti' \
                is ignored — did you mean 'firstVisit'? known here: id, label, price, firstVisit
                <stdin>: not checked because of errors there: /clinics/0 (cheap, offers) — fix the errors and \
                validate again to run these checks
                1 file: 2 errors, 1 warning
                """, r.out());
    }

    @Test
    void packagesWithAmountsTooLargeToAddUp_areRefusedWhenTheSheetIsRead() throws IOException {
        // Plans add whole cents in a long (at most 92,233,720,368,547,758.07 dollars). In dollars, a package at the
        // sheet's largest amount bought over the longest course could pass that: the sheet is refused on reading
        // (E-RANGE at the clinic), so that no plan, quote or comparison ever meets such a total.
        com.fasterxml.jackson.databind.node.ObjectNode sheet = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(java.nio.file.Files.readString(java.nio.file.Path.of(SHEET)));
        sheet.put("currency", "USD");
        com.fasterxml.jackson.databind.node.ObjectNode clinic =
                (com.fasterxml.jackson.databind.node.ObjectNode) sheet.at("/clinics/0");
        clinic.get("packages").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p)
                .put("price", 999_999_999_999_999L));
        Result r = Run.exoplan(java.util.Map.of(), JSON.writeValueAsString(sheet), java.util.Locale.US, "plan",
                "--pricing", "-", "--goal", "skin", "--method", "iv", "--clinic", "course-clinic", "--start",
                "2027-01-04", "--months", "120");

        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(" error E-RANGE /clinics/0: clinic 'course-clinic' charges so much that a course "
                + "could total more than exoplan can add up (9223372036854775807 of the currency's smallest unit) — "
                + "write the real prices and fees"), r.err());
        assertEquals("", r.out());
    }
}
