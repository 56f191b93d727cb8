package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTests {

    static final String WORKED_EXAMPLE = "src/test/resources/sheets/worked-example.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Result result) throws IOException {
        assertEquals(0, result.code(), result.err());
        return JSON.readTree(result.out());
    }

    private static void assertUsageError(Result result, String expectedErr) {
        assertEquals(ExitCodes.USAGE, result.code());
        assertEquals("", result.out());
        assertEquals(expectedErr, result.err().strip());
        assertNoStackTrace(result);
    }

    private static void assertNoStackTrace(Result result) {
        assertFalse(result.err().contains("\tat "), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Nested
    class WorkedExampleAsJson {
        private final String[] args = {"plan", "--pricing", WORKED_EXAMPLE, "--goal", "skin", "--method", "iv",
            "--start", "2027-01-04", "--format", "json"};

        @Test
        void totalsAndTaxes_matchTheHandComputedExample() throws IOException {
            JsonNode plan = json(exoplan(args));
            JsonNode s = plan.get("scenarios");
            assertEquals("170500", s.get("low").get("total").asText());
            assertEquals("15500", s.get("low").get("tax").asText());
            assertEquals("155000", s.get("low").get("subtotal").asText());
            assertEquals("621500", s.get("typical").get("total").asText());
            assertEquals("56500", s.get("typical").get("tax").asText());
            assertEquals("1655500", s.get("high").get("total").asText());
            assertEquals("150500", s.get("high").get("tax").asText());
        }

        @Test
        void datesAndSessionCounts_matchTheHandComputedExample() throws IOException {
            JsonNode low = json(exoplan(args)).get("scenarios").get("low");
            assertEquals(5, low.get("sessions").asInt());
            assertEquals(3, low.get("initialSessions").asInt());
            assertEquals(2, low.get("maintenanceSessions").asInt());
            List<String> dates = new ArrayList<>();
            low.get("dates").forEach(d -> dates.add(d.asText()));
            assertEquals(List.of("2027-01-04", "2027-02-01", "2027-03-01", "2027-07-01", "2027-11-01"), dates);
        }

        @Test
        void header_namesTheRequestAndThePeriod() throws IOException {
            JsonNode plan = json(exoplan(args));
            assertEquals(1, plan.get("formatVersion").asInt());
            assertEquals("skin", plan.get("goal").asText());
            assertEquals("iv", plan.get("method").asText());
            assertEquals("sample", plan.get("clinic").asText());
            assertEquals("2027-01-04", plan.get("start").asText());
            assertEquals("2028-01-03", plan.get("lastDay").asText());
            assertEquals(12, plan.get("months").asInt());
            assertEquals("JPY", plan.get("currency").asText());
            assertFalse(plan.get("tax").get("included").asBoolean());
        }

        @Test
        void amounts_arePlainNumbersNotStrings() throws IOException {
            JsonNode total = json(exoplan(args)).get("scenarios").get("typical").get("total");
            assertTrue(total.isNumber(), total::toString);
        }

        @Test
        void caveats_areInTheirOwnFieldUnlessLeftOut() throws IOException {
            JsonNode with = json(exoplan(args));
            List<String> ids = new ArrayList<>();
            with.get("caveats").forEach(c -> ids.add(c.get("id").asText()));
            assertEquals(List.of("self-pay", "unapproved", "no-blood-donation", "results-vary", "several-sessions",
                    "side-effects", "decide-with-doctor"), ids);
            String[] without = java.util.Arrays.copyOf(args, args.length + 1);
            without[args.length] = "--no-caveats";
            assertFalse(json(exoplan(without)).has("caveats"));
        }
    }

    @Nested
    class DefaultSheet {
        @Test
        void theBuiltInSheet_plansWithoutAnyFile() {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a");
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err());
            assertTrue(r.out().contains("Period   Mon 4 Jan 2027 to Mon 3 Jan 2028 (12 months)"), r.out());
            assertTrue(r.out().contains("Total you pay                      ¥155,500   ¥565,500   ¥1,505,500"),
                    r.out());
        }

        @Test
        void text_isTheGoldenExampleThatTheReadmeShows() throws IOException {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start",
                    "2027-01-04");
            String golden = Files.readString(Path.of("src/test/resources/golden/plan-skin-iv-sample-a.txt"));
            assertEquals(golden, r.out());
            String readme = Files.readString(Path.of("README.md"));
            assertTrue(readme.contains(golden), "README.md must show the current output of the worked example");
        }

        @Test
        void japanese_isChosenByTheLocale() {
            Result r = exoplan(Map.of(), "", Locale.JAPAN, "plan", "--goal", "skin", "--method", "iv", "--clinic",
                    "sample-a");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("お支払い合計"), r.out());
            assertTrue(r.out().contains("565,500円"), r.out());
            assertTrue(r.out().contains("献血ができなくなります"), r.out());
        }

        @Test
        void langEn_overridesAJapaneseLocale() {
            Result r = exoplan(Map.of(), "", Locale.JAPAN, "plan", "--goal", "skin", "--method", "iv", "--clinic",
                    "sample-a", "--lang", "en");
            assertTrue(r.out().contains("Total you pay"), r.out());
            assertFalse(r.out().contains("お支払い合計"), r.out());
        }

        @Test
        void textCaveats_tellThePatientWhatTheArticleSays() {
            String out = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a").out();
            assertTrue(out.contains("Self-pay treatment"), out);
            assertTrue(out.contains("you can no longer donate blood"), out);
            assertTrue(out.contains("Results vary between people"), out);
            assertTrue(out.contains("not approved") || out.contains("No exosome product is approved"), out);
            String without = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a",
                    "--no-caveats").out();
            assertFalse(without.contains("donate blood"), without);
        }

        @Test
        void startDefaultsToToday() throws IOException {
            JsonNode plan = json(exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a",
                    "--format", "json"));
            assertEquals("2027-01-04", plan.get("start").asText());
        }
    }

    @Nested
    class ChoosingTheSheet {
        @Test
        void theEnvironmentVariable_namesTheSheet() throws IOException {
            Result r = exoplan(Map.of("EXOPLAN_PRICING", WORKED_EXAMPLE), "", Locale.US, "plan", "--goal", "skin",
                    "--method", "iv", "--format", "json");
            assertEquals("sample", json(r).get("clinic").asText());
        }

        @Test
        void pricingOption_winsOverTheEnvironmentVariable() {
            Result r = exoplan(Map.of("EXOPLAN_PRICING", "does-not-exist.json"), "", Locale.US, "plan", "--pricing",
                    WORKED_EXAMPLE, "--goal", "skin", "--method", "iv");
            assertEquals(0, r.code(), r.err());
        }

        @Test
        void aDash_readsTheSheetFromStandardInput() throws IOException {
            String sheet = Files.readString(Path.of(WORKED_EXAMPLE));
            Result r = exoplan(Map.of(), sheet, Locale.US, "plan", "--pricing", "-", "--goal", "skin", "--method",
                    "iv", "--format", "json");
            assertEquals("621500", json(r).get("scenarios").get("typical").get("total").asText());
        }
    }

    @Nested
    class BadRequests {
        @Test
        void anUnknownGoal_exits2NamingTheClosestMatch() {
            assertUsageError(exoplan("plan", "--goal", "skn", "--method", "iv", "--clinic", "sample-a"),
                    "exoplan plan: --goal: unknown goal 'skn'; did you mean 'skin'? goals in this sheet: skin, hair, "
                            + "fatigue, inflammation, immunity, ed, vascular, neuro, joint, menopause, allergy");
        }

        @Test
        void aMethodTheGoalDoesNotList_exits2SayingWhichWould() {
            assertUsageError(exoplan("plan", "--goal", "hair", "--method", "iv", "--clinic", "sample-a"),
                    "exoplan plan: --method: goal 'hair' does not list method 'iv'; methods for hair: injection, "
                            + "combined");
        }

        @Test
        void aMethodTheClinicDoesNotPrice_exits2SayingWhichWould() {
            assertUsageError(exoplan("plan", "--goal", "skin", "--method", "combined", "--clinic", "sample-b"),
                    "exoplan plan: --method: clinic 'sample-b' has no price for method 'combined'; methods for skin "
                            + "at sample-b: iv, injection; clinics that price combined: sample-a");
        }

        @Test
        void anUnknownClinic_exits2() {
            assertUsageError(exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-d"),
                    "exoplan plan: --clinic: unknown clinic 'sample-d'; did you mean 'sample-a'? clinics in this "
                            + "sheet: sample-a, sample-b, sample-c");
        }

        @Test
        void noClinicInASheetWithSeveral_exits2() {
            assertUsageError(exoplan("plan", "--goal", "skin", "--method", "iv"),
                    "exoplan plan: --clinic: the sheet has 3 clinics, so a clinic must be chosen; clinics that price "
                            + "iv for skin: sample-a, sample-b, sample-c");
        }

        @Test
        void noGoal_exits2ListingTheGoals() {
            Result r = exoplan("plan", "--method", "iv");
            assertEquals(ExitCodes.USAGE, r.code());
            assertTrue(r.err().startsWith("exoplan plan: --goal is required; goals in this sheet: skin, hair,"),
                    r.err());
        }

        @Test
        void anImpossibleDate_exits2() {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start",
                    "2027-02-30");
            assertEquals(ExitCodes.USAGE, r.code());
            // 2027 is not a leap year: February has 28 days.
            assertEquals("exoplan plan: --start: '2027-02-30' is not a date (month 2 of 2027 has 28 days); write the "
                    + "year in four digits, then the month and the day, such as 2027-01-04, 2027-1-4, 2027/1/4 or "
                    + "2027年1月4日\n", r.err());
            assertNoStackTrace(r);
        }

        @Test
        void aDateInAnotherFormat_exits2() {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start",
                    "04/01/2027");
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("exoplan plan: --start: '04/01/2027' puts the year last, where the day and the month can be read "
                    + "either way round; write the year first, then the month and the day, such as 2027/1/4 or "
                    + "2027-01-04\n", r.err());
        }

        @Test
        void monthsOutOfBounds_exit2() {
            for (String months : List.of("0", "-1", "121", "999999999")) {
                Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--months",
                        months);
                assertUsageError(r, "exoplan plan: --months: months must be a whole number from 1 to 120, got "
                        + months);
            }
        }

        @Test
        void monthsNotANumber_exits2() {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--months", "a");
            assertEquals(ExitCodes.USAGE, r.code());
            assertTrue(r.err().contains("--months"), r.err());
            assertNoStackTrace(r);
        }

        @Test
        void anUnknownOption_exits2WithASuggestionOnOneLine() {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinc", "sample-a");
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("exoplan plan: unknown option '--clinc'; did you mean --clinic?\n", r.err());
        }

        @Test
        void anUnknownLanguage_exits2() {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--lang", "fr");
            assertEquals(ExitCodes.USAGE, r.code());
            assertTrue(r.err().contains("'fr' is not a language exoplan speaks; use ja or en"), r.err());
        }
    }

    @Nested
    class BadSheets {
        @TempDir
        Path dir;

        @Test
        void malformedJson_exits1WithFileLineAndColumn() throws IOException {
            Path sheet = dir.resolve("bad.json");
            Files.writeString(sheet, "{\n  \"schemaVersion\": 1\n  \"currency\": \"JPY\"\n}\n");
            Result r = exoplan("plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith(sheet + ":3:3: error E-SYNTAX: expected a comma (,) between two fields, "
                    + "found '\"': likely a missing comma after the value before it — "), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }

        @Test
        void aMissingFile_exits1NamingIt() {
            Result r = exoplan("plan", "--pricing", "no-such.json", "--goal", "skin", "--method", "iv");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("no-such.json: error E-READ: no-such.json does not exist — check the path, or leave out "
                    + "--pricing to use the built-in sheet", r.err().strip());
        }

        @Test
        void aDirectory_exits1() {
            Result r = exoplan("plan", "--pricing", dir.toString(), "--goal", "skin", "--method", "iv");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertTrue(r.err().contains("is a directory"), r.err());
        }

        @Test
        void aSheetWithErrors_exits1ListingEveryErrorWithItsPointer() throws IOException {
            String text = Files.readString(Path.of(WORKED_EXAMPLE))
                    .replace("\"min\": 30000", "\"min\": -5000")
                    .replace("\"rounding\": \"floor\"", "\"rounding\": \"flor\"");
            Path sheet = dir.resolve("pricing.json");
            Files.writeString(sheet, text);
            Result r = exoplan("plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            List<String> lines = r.err().lines().toList();
            assertEquals(2, lines.size(), r.err());
            assertEquals(sheet + ":4:57: error E-ENUM /tax/rounding: \"flor\" is not one of \"floor\", \"half-up\", "
                    + "\"ceiling\" (did you mean \"floor\"?) — use one of the listed values", lines.get(0));
            assertEquals(sheet + ":22:32: error E-RANGE /clinics/0/prices/iv/min: -5000 must be 0 or more — set a "
                    + "non-negative amount", lines.get(1));
        }

        @Test
        void escapeSequencesInASheet_neverReachTheTerminal() throws IOException {
            String text = Files.readString(Path.of(WORKED_EXAMPLE))
                    .replace("\"name\": \"Worked Example Clinic\"", "\"name\": \"\\u001b[31mRed\\u001b[0m Clinic\"")
                    .replace("\"rounding\": \"floor\"", "\"rounding\": \"\\u001b[2Jfloor\"");
            Path sheet = dir.resolve("pricing.json");
            Files.writeString(sheet, text);
            Result r = exoplan("plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertFalse(r.err().contains("\u001b"), r.err());
            assertTrue(r.err().contains("\"\uFFFD[2Jfloor\" is not one of"), r.err());

            Files.writeString(sheet, text.replace("\\u001b[2Jfloor", "floor"));
            Result plan = exoplan("plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv");
            assertEquals(0, plan.code(), plan.err());
            assertFalse(plan.out().contains("\u001b"), plan.out());
            assertTrue(plan.out().contains("\uFFFD[31mRed\uFFFD[0m Clinic"), plan.out());
        }

        @Test
        void warnings_areShownOnStderrButDoNotStopThePlan() throws IOException {
            String text = Files.readString(Path.of(WORKED_EXAMPLE)).replace("\"typical\": 80000", "\"typcial\": 80000");
            Path sheet = dir.resolve("pricing.json");
            Files.writeString(sheet, text, StandardCharsets.UTF_8);
            Result r = exoplan("plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("warning W-UNKNOWN-FIELD /clinics/0/prices/iv/typcial: unknown field "
                    + "'typcial' is ignored — did you mean 'typical'?"), r.err());
        }
    }

    @Test
    void help_exits0AndListsEveryOption() {
        Result r = exoplan("plan", "--help");
        assertEquals(0, r.code());
        for (String option : List.of("--goal", "--method", "--clinic", "--start", "--months", "--pricing", "--lang",
                "--format", "--no-caveats")) {
            assertTrue(r.out().contains(option), option);
        }
    }

    @Test
    void version_exits0() {
        Result r = exoplan("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("exoplan "), r.out());
    }

    @Test
    void noCommand_exits2() {
        Result r = exoplan();
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("a command is required"), r.err());
    }
}
