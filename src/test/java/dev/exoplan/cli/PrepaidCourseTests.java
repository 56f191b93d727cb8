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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a plan says about the packages it buys, end to end on {@code examples/course-clinic.json} (issue 13). */
class PrepaidCourseTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Result plan(String... args) {
        List<String> all = new ArrayList<>(List.of("plan", "--pricing", "examples/course-clinic.json", "--goal",
                "skin", "--method", "iv", "--clinic", "course-clinic", "--start", "2027-01-04"));
        all.addAll(List.of(args));
        return Run.exoplan(all.toArray(String[]::new));
    }

    @Test
    void json_givesEachPackageItsCoolingOffStopsAndBreakEven() throws IOException {
        Result r = plan("--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode low = JSON.readTree(r.out()).at("/scenarios/low");
        JsonNode course = low.at("/purchases/0");
        // the 5-session course 550,000, bought Mon 4 Jan 2027: cooling-off to 4 Jan + 7 = 11 Jan
        assertEquals("2027-01-11", course.get("coolingOffUntil").asText());
        assertEquals("may-be-covered", course.get("coverage").asText());
        assertEquals(5, course.get("ifStopped").size());
        // after 1: fee min(50,000, 20 % × 440,000) = 50,000, refund 390,000
        assertEquals("{\"sessionsUsed\":1,\"cancellationFee\":50000,\"refund\":390000,\"basis\":\"law\"}",
                course.at("/ifStopped/1").toString());
        assertEquals("{\"ifRefunded\":2,\"ifNoRefund\":4}", course.get("breakEven").toString());
        // 550,000 − 110,000 after the first session
        assertEquals("{\"amount\":440000,\"date\":\"2027-01-04\"}", low.get("prepaidAtRisk").toString());
        assertTrue(r.out().contains("\"id\" : \"prepaid-course\"") || r.out().contains("\"id\": \"prepaid-course\""));
    }

    @Test
    void contractDate_beforeThePurchase_movesCoolingOffForTheFirstPackageOnly() throws IOException {
        // signed at counselling on Wed 30 Dec 2026: 30 Dec + 7 = 6 Jan 2027, across the year's end
        Result r = plan("--format", "json", "--contract-date", "2026-12-30");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode typical = JSON.readTree(r.out()).at("/scenarios/typical");
        assertEquals("2026-12-30", typical.at("/purchases/0/contractDate").asText());
        assertEquals("2027-01-06", typical.at("/purchases/0/coolingOffUntil").asText());
        // the second package, bought Mon 15 Feb 2027, is contracted that day: 22 Feb
        assertEquals("2027-02-22", typical.at("/purchases/1/coolingOffUntil").asText());
    }

    @Test
    void contractDate_afterTheFirstPurchase_isAUsageError() {
        Result r = plan("--contract-date", "2027-01-05");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--contract-date: the contract date 2027-01-05 is after 2027-01-04"), r.err());
    }

    /** --contract-date takes --start's forms and range, 1900-01-01 to 9999-12-31, whether or not a package is bought. */
    @ParameterizedTest
    @ValueSource(strings = {"0000-12-31", "0001-01-01", "0027-01-01", "1899-12-31"})
    void contractDate_outsideTheDatesExoplanPlans_isAUsageErrorUpFront(String date) {
        String line = "exoplan plan: --contract-date: the contract date " + date + " is outside 1900-01-01 to "
                + "9999-12-31, the dates exoplan plans with; give a date inside them (the day you receive the "
                + "contract document)";
        for (Result r : List.of(plan("--contract-date", date), Run.exoplan("plan", "--goal", "skin", "--method",
                "iv", "--clinic", "sample-a", "--start", "2027-01-04", "--contract-date", date))) {
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("", r.out());
            assertEquals(line + "\n", r.err());
        }
    }

    /** Written as --start takes it, read as --start reads it; refused with --start's words. */
    @ParameterizedTest
    @ValueSource(strings = {"10000-01-01", "+10000-01-01", "-299999999-01-01", "27-01-04", "1/4/2027", "2027-2-29"})
    void contractDate_thatStartWouldRefuse_isRefusedAsStartIs(String date) {
        Result r = plan("--contract-date", date);
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("exoplan plan: --contract-date: '" + date + "' "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Result start = Run.exoplan("plan", "--goal", "skin", "--method", "iv", "--start", date);
        assertEquals(r.err().replace("--contract-date", "--start"), start.err());
    }

    @Test
    void contractDate_writtenAsPeopleDo_isTheSameDay() {
        Result iso = plan("--contract-date", "2027-01-04");
        assertEquals(0, iso.code(), iso.err());
        for (String typed : List.of("2027-1-4", "2027/1/4", "2027年1月4日", "2027年1月4日(月)", "２０２７／１／４")) {
            assertEquals(iso.out(), plan("--contract-date", typed).out(), typed);
        }
    }

    @Test
    void contractDate_onTheFirstDay_isPlanned() throws IOException {
        // 1900-01-01 + 7 = 1900-01-08: a Gregorian date in the JSON, not shifted
        Result r = plan("--format", "json", "--contract-date", "1900-01-01");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode first = JSON.readTree(r.out()).at("/scenarios/typical/purchases/0");
        assertEquals("1900-01-01", first.get("contractDate").asText());
        assertEquals("1900-01-08", first.get("coolingOffUntil").asText());
    }

    @Test
    void text_saysWhatStoppingReturnsAndWhatIsAtRisk() {
        Result r = plan();
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("     Mon 11 Jan 2027                            last day of cooling-off\n"),
                r.out());
        assertTrue(r.out().contains("""
                          sessions used   cancellation fee     refund
                                      0            ¥20,000   ¥530,000
                                      1            ¥50,000   ¥390,000
                    """), r.out());
        assertTrue(r.out().contains("This course pays off only if you have at least 2 of its 5 sessions (4 if\n"
                + "    nothing were refunded)."), r.out());
        assertTrue(r.out().contains("  The most prepaid and not yet used, what you would lose if the clinic closed\n"),
                r.out());
        assertTrue(r.out().contains("    typical  ¥440,000 on Mon 15 Feb 2027, after that day's session\n"), r.out());
        assertTrue(r.out().contains("call the consumer hotline 188"), r.out());
    }

    @Test
    void aPlanThatBuysNoPackage_saysNothingOfCourses() throws IOException {
        Result r = Run.exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start",
                "2027-01-04", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertFalse(r.out().contains("prepaid"), r.out());
        assertFalse(r.out().contains("coolingOff"), r.out());
        Result text = Run.exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start",
                "2027-01-04", "--contract-date", "2026-12-01");
        assertEquals(ExitCodes.OK, text.code(), text.err());
        assertFalse(text.out().contains("cooling-off"), text.out());
    }
}
