package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import dev.exoplan.io.json.OutputSchemas;
import dev.exoplan.io.json.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quote --pay-in} on the built-in sheet, through the real command: sample-c's typical skin IV buys its
 * ¥374,000 course, which 24 instalments at 16.37 per 100 make ¥61,223 dearer (374,000 × 16.37 ÷ 100 =
 * 61,223.8, rounded down; 553,300 + 61,223 = 614,523); sample-a and sample-b buy no package, so their typical
 * totals stand. sample-c's plan (example-loan) offers 3, 6, 10, 12, 24 and 36 instalments.
 */
class QuoteInstalmentsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String HEADER = "clinic,clinic_name,goal,method,start,months,currency,sessions_low,"
            + "sessions_typical,sessions_high,total_low,total_typical,total_high,tax_low,tax_typical,tax_high,"
            + "monthly_typical,prepaid,total_with_financing_typical";

    @TempDir
    Path dir;

    @Test
    void csv_hasOneMoreColumnAfterPrepaid_withTheTypicalTotalOnInstalments() {
        Result r = Run.exoplan("quote", "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--pay-in", "24");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(HEADER, lines.get(0));
        assertTrue(lines.get(1).startsWith("sample-a,") && lines.get(1).endsWith(",1505500,14135,51404,136860,47125,0,565500"), lines.get(1));
        assertTrue(lines.get(3).startsWith("sample-c,") && lines.get(3).endsWith(",553300,751300,25300,50300,68300,"
                + "46108,374000,614523"), lines.get(3));
    }

    @Test
    void withoutPayIn_theColumnsAreAsBefore() {
        Result r = Run.exoplan("quote", "--goal", "skin", "--method", "iv", "--start", "2027-01-04");
        assertEquals(HEADER.substring(0, HEADER.lastIndexOf(',')), r.out().lines().findFirst().orElseThrow());
    }

    @Test
    void jsonAndJsonLines_giveTheFieldLast_andMatchTheSchema() throws IOException {
        Result r = Run.exoplan("quote", "--clinic", "sample-c", "--goal", "skin", "--start", "2027-01-04", "--apr",
                "15%", "--pay-in", "36", "--format", "json");
        assertEquals(0, r.code(), r.err());
        OutputSchemas.assertValid(Schema.QUOTE, r.out(), "quote --pay-in");
        JsonNode row = JSON.readTree(r.out()).get(0);
        // a card at 15 %, 36 instalments: 24.80 per 100; 374,000 × 24.80 ÷ 100 = 92,752; 553,300 + 92,752
        assertEquals(646_052, row.path("total_with_financing_typical").asInt());
        List<String> names = JSON.convertValue(row, java.util.Map.class).keySet().stream().map(String::valueOf)
                .toList();
        assertEquals(List.of("prepaid", "total_with_financing_typical"), names.subList(names.size() - 2,
                names.size()));
        Result lines = Run.exoplan("quote", "--clinic", "sample-c", "--goal", "skin", "--start", "2027-01-04",
                "--pay-in", "10", "--format", "jsonl", "--lang", "ja");
        // 374,000 × 7.00 ÷ 100 = 26,180; 553,300 + 26,180 = 579,480
        assertTrue(lines.out().endsWith(",\"prepaid\":374000,\"total_with_financing_typical\":579480}\n"),
                lines.out());
    }

    @Test
    void markdownAndText_showTheTotalForPeople_inBothLanguages() {
        Result md = Run.exoplan("quote", "--clinic", "sample-c", "--goal", "skin", "--start", "2027-01-04",
                "--pay-in", "24", "--format", "markdown");
        assertTrue(md.out().lines().findFirst().orElseThrow().endsWith("| total with credit fees, typical |"),
                md.out());
        assertTrue(md.out().lines().toList().get(2).endsWith(" ¥614,523 |"), md.out());
        Result text = Run.exoplan("quote", "--clinic", "sample-c", "--goal", "skin", "--start", "2027-01-04",
                "--pay-in", "24", "--format", "text", "--lang", "ja");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("分割手数料込み合計（標準） 614,523円"), text.out());
    }

    @Test
    void aRowTheClinicsPlanCannotServe_isReportedAndSkippedAsABadRow_inEachLanguage() {
        // 18 instalments: not in sample-c's plan; sample-a and sample-b buy no package and are quoted
        Result r = Run.exoplan("quote", "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--pay-in", "18");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(List.of("sample-a", "sample-b"), r.out().lines().skip(1).map(l -> l.split(",")[0]).toList());
        assertEquals("exoplan quote: clinic sample-c, goal skin, method iv: credit plan example-loan does not offer "
                + "18 instalments; it offers 3, 6, 10, 12, 24, 36 (--pay-in)\n", r.err());
        Result ja = Run.exoplan("quote", "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--pay-in", "18",
                "--lang", "ja");
        assertEquals(ExitCodes.BAD_INPUT, ja.code());
        assertEquals("exoplan quote: クリニック sample-c・目的 skin・投与方法 iv: 分割払いプラン example-loan に18回払いは"
                + "ありません。選べる回数: 3, 6, 10, 12, 24, 36（--pay-in）\n", ja.err());
    }

    @Test
    void failFast_stopsAtTheFirstRowThePlanCannotServe() {
        Result r = Run.exoplan("quote", "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--pay-in", "18",
                "--fail-fast");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(3, r.out().lines().count(), r.out()); // the header, sample-a and sample-b
        assertTrue(r.err().endsWith("exoplan quote: clinic sample-c, goal skin, method iv: stopped (--fail-fast); "
                + "2 rows written\n"), r.err());
    }

    @Test
    void aRequestFile_reportsTheRowThePlanCannotServeAtItsLine_andQuotesTheOthers() throws IOException {
        Path file = dir.resolve("requests.csv");
        Files.writeString(file, "goal,method,clinic,id\nskin,iv,sample-c,c\nskin,iv,sample-a,a\n",
                StandardCharsets.UTF_8);
        Result r = Run.exoplan("quote", "--requests", file.toString(), "--start", "2027-01-04", "--pay-in", "6");
        assertEquals(0, r.code(), r.err());
        // 6 instalments at 4.42: 374,000 × 4.42 ÷ 100 = 16,530.8 → 16,530; 553,300 + 16,530 = 569,830
        List<String> lines = r.out().lines().toList();
        assertEquals(HEADER.replace(",prepaid,", ",request,id,prepaid,"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",1,c,374000,569830"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",2,a,0,565500"), lines.get(2));

        Result bad = Run.exoplan("quote", "--requests", file.toString(), "--start", "2027-01-04", "--pay-in", "5");
        assertEquals(ExitCodes.BAD_INPUT, bad.code());
        assertEquals("exoplan quote: " + file + ":2: credit plan example-loan does not offer 5 instalments; it offers"
                + " 3, 6, 10, 12, 24, 36 (--pay-in)\n", bad.err());
        assertEquals(2, bad.out().lines().count(), bad.out());
    }

    @Test
    void financingOrAprWithoutPayIn_andBoth_areUsageErrors() {
        Result without = Run.exoplan("quote", "--financing", "example-loan");
        assertEquals(ExitCodes.USAGE, without.code());
        assertEquals("", without.out());
        assertTrue(without.err().startsWith("exoplan quote: --financing: give --pay-in N too"), without.err());
        Result both = Run.exoplan("quote", "--pay-in", "24", "--financing", "example-loan", "--apr", "15");
        assertEquals(ExitCodes.USAGE, both.code());
        assertTrue(both.err().startsWith("exoplan quote: --apr: "), both.err());
        Result range = Run.exoplan("quote", "--pay-in", "0", "--lang", "ja");
        assertEquals(ExitCodes.USAGE, range.code());
        assertEquals("exoplan quote: --pay-in: 0回は 1〜120 の範囲外です\n", range.err());
    }
}
