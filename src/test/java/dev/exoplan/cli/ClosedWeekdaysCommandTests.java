package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet's {@code closedWeekdays}: plan books sessions on open days and says so; validate checks the list. */
class ClosedWeekdaysCommandTests {

    @TempDir
    Path dir;

    private Path sheet(String closed) throws IOException {
        String worked = Files.readString(Path.of(PlanCommandTests.WORKED_EXAMPLE));
        Path file = dir.resolve("pricing.json");
        Files.writeString(file, worked.replace("\"id\": \"sample\",", "\"id\": \"sample\", \"closedWeekdays\": " + closed + ","));
        return file;
    }

    @Test
    void aClinicClosedOnMondays_hasItsMondaySessionsOnTuesdays_andTheTextSaysWhy() throws IOException {
        // The worked example starts on Mon 4 Jan 2027, its initial sessions 3 weeks apart: every one is a Monday.
        Result r = exoplan("plan", "--pricing", sheet("[\"mon\"]").toString(), "--goal", "skin", "--method", "iv",
                "--start", "2027-01-04");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  1  Tue 5 Jan 2027 "), r.out());
        assertTrue(r.out().contains("  2  Tue 26 Jan 2027 "), r.out());
        assertFalse(r.out().contains("Mon 4 Jan 2027  "), r.out());
        assertTrue(r.out().contains("The clinic is closed on Monday: a session that would fall on one is shown on\n"
                + "the next open day"), r.out());
        // the same sessions, so the same total as without closed days
        Result open = exoplan("plan", "--pricing", PlanCommandTests.WORKED_EXAMPLE, "--goal", "skin", "--method", "iv",
                "--start", "2027-01-04");
        assertTrue(open.out().contains("¥621,500") && r.out().contains("¥621,500"), r.out());
    }

    @Test
    void theJapaneseTextNamesTheDayInJapanese() throws IOException {
        Result r = exoplan("plan", "--pricing", sheet("[\"sun\", \"mon\"]").toString(), "--goal", "skin", "--method", "iv",
                "--start", "2027-01-04",
                "--lang", "ja");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("このクリニックは月曜日、日曜日が休診です。"), r.out());
    }

    @Test
    void anUnknownDay_isAnEnumErrorWithTheClosestDay() throws IOException {
        Result r = exoplan("validate", sheet("[\"mnd\"]").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out());
        assertTrue(r.out().contains("error E-ENUM /clinics/0/closedWeekdays/0: \"mnd\" is not one of \"mon\", \"tue\""),
                r.out());
    }

    @Test
    void aRepeatedDay_isAWarning_andEveryDayClosed_isAnError() throws IOException {
        Result twice = exoplan("validate", sheet("[\"mon\", \"mon\"]").toString());
        assertTrue(twice.out().contains("warning W-DUPLICATE /clinics/0/closedWeekdays/1: weekday 'mon' is listed twice"),
                twice.out());
        Result never = exoplan("validate",
                sheet("[\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"]").toString());
        assertEquals(ExitCodes.BAD_INPUT, never.code(), never.out());
        assertTrue(never.out().contains("error E-RANGE /clinics/0/closedWeekdays: the clinic is closed on every weekday"),
                never.out());
    }
}
