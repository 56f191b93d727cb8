package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTests {

    @Test
    void text_listsEveryGoalMethodAndClinicWithItsId() {
        Result r = exoplan("list");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("  skin          Skin rejuvenation / anti-ageing"), r.out());
        assertTrue(r.out().contains("  iv         IV drip"), r.out());
        assertTrue(r.out().contains("  sample-b  Sample Clinic B (fictional)"), r.out());
        assertTrue(r.out().contains("    iv        ¥30,000 – ¥150,000 typical ¥80,000"), r.out());
    }

    @Test
    void japanese_usesTheJapaneseLabels() {
        Result r = exoplan(Map.of(), "", Locale.JAPAN, "list");
        assertTrue(r.out().contains("  skin          美肌・エイジングケア"), r.out());
        assertTrue(r.out().contains("30,000円 – 150,000円 標準 80,000円"), r.out());
    }

    @Test
    void json_givesIdsLabelsAndPlainPrices() throws Exception {
        Result r = exoplan("list", "--format", "json", "--pricing", PlanCommandTests.WORKED_EXAMPLE);
        JsonNode list = new ObjectMapper().readTree(r.out());
        List<String> goals = new ArrayList<>();
        list.get("goals").forEach(g -> goals.add(g.get("id").asText()));
        assertEquals(List.of("skin"), goals);
        assertEquals(false, list.get("taxIncluded").asBoolean());
        JsonNode iv = list.get("clinics").get(0).get("prices").get("iv");
        assertEquals("30000", iv.get("min").asText());
        assertEquals("80000", iv.get("typical").asText());
        assertEquals("150000", iv.get("max").asText());
    }

    @Test
    void aBrokenSheet_exits1() {
        Result r = exoplan("list", "--pricing", "no-such.json");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("", r.out());
    }

    @Test
    void goals_listsOnlyTheGoals() {
        Result r = exoplan("goals");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Goals (--goal) and the methods that fit them\n  skin"), r.out());
        assertTrue(!r.out().contains("Methods (--method)") && !r.out().contains("Clinics (--clinic)"), r.out());
    }

    @Test
    void methods_listsOnlyTheMethods() throws Exception {
        JsonNode json = new ObjectMapper().readTree(exoplan("methods", "--format", "json").out());
        assertEquals(3, json.get("methods").size());
        assertTrue(json.get("goals") == null && json.get("clinics") == null, json::toString);
    }

    @Test
    void completion_printsABashScriptThatKnowsEveryCommand() {
        Result r = exoplan("completion", "bash");
        assertEquals(0, r.code(), r.err());
        for (String command : List.of("plan", "compare", "quote", "validate", "goals")) {
            assertTrue(r.out().contains(command), command);
        }
        assertEquals(ExitCodes.USAGE, exoplan("completion", "fish").code());
    }

    @Test
    void version_namesTheVersionAndTheBuild() {
        Result r = exoplan("--version");
        assertTrue(r.out().matches("(?s)exoplan \\S+ \\(built [^)]+\\)\nJava .*"), r.out());
    }

    @Test
    void variantsFirstVisitPricesAndPackages_areListedUnderTheirClinicWithTheIdThatPicksThem() {
        Result r = exoplan("list", "--pricing", "examples/course-clinic.json");

        assertEquals(ExitCodes.OK, r.code(), r.err());
        String clinics = r.out().substring(r.out().indexOf("Clinics (--clinic)"), r.out().indexOf("\n\nThree"));
        // area-clinic's packages would make a table 92 columns wide: in 80, each of its rows is a line of its
        // own, wrapped under itself, rather than a last column 13 wide.
        assertEquals("""
                Clinics (--clinic) and their price of one session, tax included
                  course-clinic  Course Example Clinic (fictional)
                    iv ¥150,000
                      iv    2-session course  ¥280,000
                      iv    3-session course  ¥420,000
                      iv    4-session course  ¥480,000
                      iv    5-session course  ¥550,000
                    Fees besides the sessions
                      Counselling  free
                  dose-clinic  Dose Example Clinic (fictional)
                    iv ¥44,000 – ¥110,000 typical ¥77,000
                      iv  --variant 1cc  1 cc   ¥44,000
                      iv  --variant 2cc  2 cc   ¥77,000  first visit ¥55,000
                      iv  --variant 3cc  3 cc  ¥110,000
                    Fees besides the sessions
                      First consultation  ¥3,300 once
                  area-clinic  Area Example Clinic (fictional)
                    microneedling ¥60,500 – ¥99,000 typical ¥60,500
                      microneedling  --variant face  Face  ¥60,500
                      microneedling  --variant back  Back  ¥99,000
                      microneedling  --variant face  Face, 5 sessions  ¥250,000  valid 12
                          months from first use
                      microneedling  --variant back  Back, 5 sessions  ¥420,000  valid 12
                          months from first use
                    Fees besides the sessions
                      Counselling  free""",
                clinics);
    }

    /** sample-b's block of the built-in sheet: its fees, free, once, per visit, optional, for one method. */
    @Test
    void fees_areListedUnderTheirClinicWithWhenTheyAreCharged() {
        String english = exoplan("list").out();
        String japanese = exoplan(Map.of(), "", Locale.JAPAN, "list").out();

        // Counselling's label says it is free (amount 0): not "free" again; a fee for some methods names them.
        assertTrue(english.contains("""
                  sample-b  Sample Clinic B (fictional)
                    iv        ¥44,000 – ¥110,000 typical ¥77,000
                    injection ¥55,000 – ¥150,000 typical ¥90,000
                    Fees besides the sessions
                      Counselling (free)
                      Blood test          ¥5,500 once, optional
                      Anaesthetic cream   ¥2,200 per visit, optional (for injection)
                  sample-c  Sample Clinic C (fictional)
                """), english);
        assertTrue(japanese.contains("""
                  sample-b  サンプルクリニックB（架空）
                    iv        44,000円 – 110,000円 標準 77,000円
                    injection 55,000円 – 150,000円 標準 90,000円
                    施術以外の費用
                      カウンセリング（無料）
                      血液検査                初回のみ5,500円・任意
                      麻酔クリーム            毎回2,200円・任意（injectionのみ）
                  sample-c  サンプルクリニックC（架空）
                """), japanese);
    }

    @Test
    void aCourseWhoseLabelCountsItsSessions_isNamedOnce_inBothLanguages() {
        // sample-c's course: "IV drip, 5 sessions" / "点滴 5回コース", 5 sessions, valid 12 months
        assertTrue(exoplan("list").out().contains(
                "      iv    IV drip, 5 sessions  ¥374,000  valid 12 months from first use\n"));
        assertTrue(exoplan(Map.of(), "", Locale.JAPAN, "list").out().contains(
                "      iv    点滴 5回コース  374,000円  初回利用から12か月有効\n"));
    }

    @Test
    void aCourseWhoseLabelDoesNotCountItsSessions_saysHowMany(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("p.json");
        Files.writeString(sheet, Files.readString(Path.of("pricing.json"))
                .replace("\"en\": \"IV drip, 5 sessions\"", "\"en\": \"IV course\""));
        assertTrue(exoplan("list", "--pricing", sheet.toString()).out().contains(
                "      iv    IV course  ¥374,000  5 sessions, valid 12 months from first use\n"));
    }

    @Test
    void aClinicWithoutFees_hasNoFeesHeading(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("p.json");
        String json = Files.readString(Path.of("pricing.json"));
        // sample-c's only fee, the first consultation of ¥3,300, taken out
        int c = json.indexOf("\"id\": \"sample-c\"");
        int fees = json.indexOf("\"fees\"", c);
        int end = json.indexOf("]", fees);
        Files.writeString(sheet, json.substring(0, fees) + "\"fees\": [" + json.substring(end));
        String out = exoplan("list", "--pricing", sheet.toString()).out();
        String block = out.substring(out.indexOf("  sample-c"), out.indexOf("\n\n", out.indexOf("  sample-c")));
        assertTrue(!block.contains("Fees besides the sessions"), block);
    }

    @Test
    void json_givesEachClinicsFees_withMethodsOnlyForAFeeLimitedToSome() throws Exception {
        JsonNode clinics = new ObjectMapper().readTree(exoplan("list", "--format", "json").out()).get("clinics");

        assertEquals("[{\"id\":\"counselling\",\"label\":\"Counselling (free)\",\"amount\":0,\"per\":\"once\","
                + "\"optional\":false},{\"id\":\"blood-test\",\"label\":\"Blood test\",\"amount\":5500,\"per\":\"once\","
                + "\"optional\":true},{\"id\":\"anaesthetic-cream\",\"label\":\"Anaesthetic cream\",\"amount\":2200,"
                + "\"per\":\"visit\",\"optional\":true,\"methods\":[\"injection\"]}]",
                clinics.get(1).get("fees").toString());
    }

    @Test
    void json_givesVariantsFirstVisitPricesAndPackagesOnlyWhereTheSheetHasThem() throws Exception {
        Result r = exoplan("list", "--format", "json", "--pricing", "examples/course-clinic.json");
        JsonNode clinics = new ObjectMapper().readTree(r.out()).get("clinics");

        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("{\"min\":150000,\"typical\":150000,\"max\":150000}",
                clinics.get(0).at("/prices/iv").toString());
        assertEquals("{\"label\":\"5-session course\",\"method\":\"iv\",\"sessions\":5,\"price\":550000}",
                clinics.get(0).at("/packages/3").toString());
        assertEquals("{\"id\":\"2cc\",\"label\":\"2 cc\",\"price\":77000,\"firstVisit\":55000}",
                clinics.get(1).at("/prices/iv/variants/1").toString());
        assertTrue(clinics.get(1).path("packages").isMissingNode(), clinics.get(1).toString());
        assertEquals(12, clinics.get(2).at("/packages/0/validMonths").asInt());
        assertEquals("face", clinics.get(2).at("/packages/0/variant").asText());
    }
}
