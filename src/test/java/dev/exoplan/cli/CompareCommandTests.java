package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTests {

    @TempDir
    Path dir;

    private static List<String> ranked(JsonNode options) {
        List<String> ranked = new ArrayList<>();
        options.forEach(o -> ranked.add(o.get("rank").asInt() + " " + o.get("clinic").asText() + " "
                + o.get("method").asText() + " " + o.get("total").get("typical").asText()));
        return ranked;
    }

    @Test
    void everyFittingClinicAndMethod_isListedCheapestFirstByTheTypicalTotal() throws Exception {
        Result r = exoplan("compare", "--goal", "skin", "--start", "2027-01-04", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        // Typical totals of the built-in sheet (tax included): B iv 7 × 77,000 + 0 = 539,000;
        // C iv 2 × 88,000 + the 5-session course 374,000 + 3,300 = 553,300;
        // A iv 7 × 80,000 + 5,500 = 565,500; B injection 7 × 90,000 = 630,000;
        // A injection 7 × 100,000 + 5,500 = 705,500; A combined 7 × 150,000 + 5,500 = 1,055,500
        assertEquals(List.of("1 sample-b iv 539000", "2 sample-c iv 553300", "3 sample-a iv 565500",
                "4 sample-b injection 630000", "5 sample-a injection 705500", "6 sample-a combined 1055500"), ranked(json.get("options")));
        assertEquals("umbilical-cord", json.get("options").get(0).get("disclosure").get("source").asText());
        assertTrue(json.get("options").get(0).get("disclosure").get("qualityControl").asBoolean());
        assertTrue(json.get("warning").asText().startsWith("The cheapest is not automatically the best."));
    }

    @Test
    void text_putsTheDisclosureBesideThePriceAndEndsWithTheArticlesWarning() {
        Result r = exoplan("compare", "--goal", "hair", "--start", "2027-01-04");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  1  Sample Clinic B (fictional)  Local injection"), r.out());
        assertTrue(r.out().contains("umbilical-cord-derived stem cells"), r.out());
        assertTrue(r.out().contains("The cheapest is not automatically the best."), r.out());
    }

    @Test
    void aClinicThatDisclosesNothing_saysSoInEveryColumn() throws Exception {
        String sheet = Files.readString(Path.of(PlanCommandTests.WORKED_EXAMPLE))
                .replaceAll("\"disclosure\": \\{[^}]*},", "");
        Path file = dir.resolve("pricing.json");
        Files.writeString(file, sheet);
        Result r = exoplan("compare", "--pricing", file.toString(), "--goal", "skin", "--start", "2027-01-04");
        assertEquals(0, r.code(), r.err());
        // Stacked (the table would be wider than 80 columns): each column after its header.
        assertTrue(r.out().contains("source not stated · dose not stated"), r.out());
        assertTrue(r.out().contains("quality control not stated"), r.out());
    }

    @Test
    void csv_hasStableColumnsAndPlainAmounts() {
        Result r = exoplan("compare", "--goal", "skin", "--start", "2027-01-04", "--format", "csv", "--clinic",
                "sample-a", "--method", "iv");
        assertEquals(0, r.code(), r.err());
        // goal, start, months and prepaid after the columns that came before them; sample-a sells no package
        assertEquals("rank,clinic,clinic_name,method,currency,sessions_low,sessions_typical,sessions_high,total_low,"
                + "total_typical,total_high,monthly_typical,source,dose_stated,manufacturer_stated,"
                + "quality_control_stated,goal,start,months,prepaid\n"
                + "1,sample-a,Sample Clinic A (fictional),iv,JPY,5,7,10,155500,565500,1505500,47125,adipose,true,true,"
                + "true,skin,2027-01-04,12,0\n", r.out());
    }

    /** examples/course-clinic.json, tax included: a package's price is what it costs. */
    private static final String COURSES = "examples/course-clinic.json";

    @Test
    void csv_prepaid_isWhatTheTypicalPlanPaysForPackagesInAdvance() {
        // Typical skin is 7 sessions. area-clinic: the face 5-session course (250,000) and 2 singles
        // (2 × 60,500): 371,000, of which 250,000 prepaid. course-clinic: a 2-session course (280,000) and the
        // 5-session one (550,000): 830,000, all of it prepaid. dose-clinic sells no course: 0.
        Result r = exoplan("compare", "--pricing", COURSES, "--goal", "skin", "--start", "2027-03-01", "--months",
                "12", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals(List.of("area-clinic,371000,skin,2027-03-01,12,250000", "dose-clinic,520300,skin,2027-03-01,12,0",
                "course-clinic,830000,skin,2027-03-01,12,830000"), rows.subList(1, 4).stream().map(row -> {
                    String[] cells = row.split(",");
                    return String.join(",", cells[1], cells[9], cells[16], cells[17], cells[18], cells[19]);
                }).toList());
    }

    @Test
    void json_prepaidTotal_isCsvsPrepaid_theSumOfThePackagesPaid() throws Exception {
        Result r = exoplan("compare", "--pricing", COURSES, "--goal", "skin", "--start", "2027-03-01", "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        JsonNode options = new ObjectMapper().readTree(r.out()).get("options");
        List<String> totals = new ArrayList<>();
        for (JsonNode option : options) {
            long paid = 0;
            for (JsonNode pack : option.path("prepaid").path("packages")) {
                paid += pack.get("paid").longValue();
            }
            assertEquals(paid, option.get("prepaidTotal").longValue(), option.toString());
            totals.add(option.get("clinic").textValue() + " " + option.get("prepaidTotal").longValue());
        }
        assertEquals(List.of("area-clinic 250000", "dose-clinic 0", "course-clinic 830000"), totals);
    }

    @Test
    void bom_startsCsvWithU_FEFF_andIsRefusedForOtherFormats() {
        Result csv = exoplan("compare", "--goal", "skin", "--start", "2027-01-04", "--format", "csv", "--bom");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("\uFEFFrank,clinic,"), csv.out());
        assertEquals(1, csv.out().chars().filter(c -> c == '\uFEFF').count());

        Result json = exoplan("compare", "--goal", "skin", "--format", "json", "--bom");
        assertEquals(ExitCodes.USAGE, json.code());
        assertEquals("", json.out());
        assertEquals("exoplan compare: --bom is for CSV (Excel needs it there); json output must not start with one\n",
                json.err());
    }

    @Test
    void filtersThatLeaveNothing_sayThatNoClinicOffersIt() {
        // hair is injection and combined; sample-c prices iv only: a possible request that no clinic answers
        Result r = exoplan("compare", "--goal", "hair", "--clinic", "sample-c", "--start", "2027-01-04");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("No clinic in the sheet offers this goal"), r.out());
        assertFalse(r.out().contains("cheapest is not"), r.out());
    }

    @Test
    void aMethodTheGoalDoesNotList_isPlansUsageErrorInPlansWords() {
        for (String lang : List.of("en", "ja")) {
            Result compare = exoplan("compare", "--goal", "hair", "--method", "iv", "--start", "2027-01-04",
                    "--lang", lang);
            Result plan = exoplan("plan", "--goal", "hair", "--method", "iv", "--start", "2027-01-04",
                    "--lang", lang);
            assertEquals(ExitCodes.USAGE, compare.code(), compare.err());
            assertEquals("", compare.out());
            assertEquals(ExitCodes.USAGE, plan.code(), plan.err());
            assertEquals(plan.err().replace("exoplan plan: ", "exoplan compare: "), compare.err());
        }
        assertEquals("exoplan compare: --method: goal 'hair' does not list method 'iv'; methods for hair: "
                + "injection, combined\n", exoplan("compare", "--goal", "hair", "--method", "iv").err());
    }

    @Test
    void oneMethodTheGoalDoesNotList_amongOthers_isRefusedToo() {
        Result r = exoplan("compare", "--goal", "hair", "--method", "injection", "--method", "iv");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("exoplan compare: --method: goal 'hair' does not list method 'iv';"), r.err());
    }

    @Test
    void anUnknownGoal_exits2WithTheClosestMatch() {
        Result r = exoplan("compare", "--goal", "skn");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("exoplan compare: --goal: unknown goal 'skn'; did you mean 'skin'?"), r.err());
    }

    @Test
    void anUnknownClinic_exits2() {
        Result r = exoplan("compare", "--goal", "skin", "--clinic", "sample-d");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--clinic: unknown clinic 'sample-d'; did you mean 'sample-a'?"), r.err());
    }
}
