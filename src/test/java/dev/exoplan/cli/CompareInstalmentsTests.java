package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import dev.exoplan.io.json.OutputSchemas;
import dev.exoplan.io.json.Schema;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@code compare --pay-in} on the built-in sheet: sample-c's typical plan buys its ¥374,000 course, which
 * 24 instalments at 16.37 per 100 make ¥61,223 dearer (553,300 + 61,223 = 614,523); the others buy no
 * package, so their totals stand.
 */
class CompareInstalmentsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void csv_hasOneMoreColumnLast_withEachTypicalTotalOnInstalments() {
        Result r = Run.exoplan("compare", "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--pay-in", "24",
                "--format", "csv");
        assertEquals(0, r.code());
        String[] lines = r.out().split("\r?\n");
        // After the columns every compare CSV has (goal, start, months, prepaid come last of those).
        assertTrue(lines[0].endsWith(",quality_control_stated,goal,start,months,prepaid,total_with_financing_typical"),
                lines[0]);
        assertTrue(lines[2].startsWith("2,sample-c,") && lines[2].endsWith(",553300,751300,46108,dental-pulp,true,"
                + "true,true,skin,2027-01-04,12,374000,614523"), lines[2]);
        assertTrue(lines[1].endsWith(",539000"), lines[1]);
    }

    @Test
    void json_givesEachOptionItsTotalOnInstalments_nullWhereThePlanCannotServeIt() throws IOException {
        // the clinic's plan offers 3, 6, 10, 12, 24, 36: 18 is no plan at sample-c, whose plan buys a course
        Result r = Run.exoplan("compare", "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--pay-in", "18",
                "--format", "json");
        assertEquals(0, r.code());
        OutputSchemas.assertValid(Schema.COMPARE, r.out(), "compare --pay-in");
        JsonNode options = JSON.readTree(r.out()).path("options");
        assertTrue(options.get(1).path("totalWithFinancingTypical").isNull());
        assertEquals(539000, options.get(0).path("totalWithFinancingTypical").asInt());
    }

    @Test
    void aCardAtAnAnnualRate_financesEveryClinicsPackages() throws IOException {
        // 15 %, 36 instalments: 24.80 per 100; 374,000 × 24.80 ÷ 100 = 92,752; 553,300 + 92,752 = 646,052
        Result r = Run.exoplan("compare", "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--apr", "15%",
                "--pay-in", "36", "--format", "json");
        assertEquals(646052, JSON.readTree(r.out()).path("options").get(1).path("totalWithFinancingTypical").asInt());
    }

    @Test
    void text_namesTheColumn_andNoPlanWhereThereIsNone() {
        Result r = Run.exoplan("compare", "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--pay-in", "18");
        assertTrue(r.out().contains("quality control stated · typical on 18 instalments no plan"), r.out());
        Result ja = Run.exoplan("compare", "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--pay-in", "24",
                "--lang", "ja");
        assertTrue(ja.out().contains("標準・24回払い 614,523円"), ja.out());
    }

    @Test
    void withoutPayIn_theFinancingOptionsAreAUsageError() {
        Result r = Run.exoplan("compare", "--goal", "skin", "--apr", "15");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("", r.out());
        assertEquals("exoplan compare: --apr: give --pay-in N too: the number of instalments to pay the plan's "
                + "packages in\n", r.err());
        Result both = Run.exoplan("compare", "--goal", "skin", "--apr", "15", "--financing", "x", "--pay-in", "3");
        assertEquals(ExitCodes.USAGE, both.code());
        Result range = Run.exoplan("compare", "--goal", "skin", "--pay-in", "0");
        assertEquals("exoplan compare: --pay-in: 0 instalments is outside 1 to 120\n", range.err());
    }
}
