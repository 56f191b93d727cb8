package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import dev.exoplan.io.json.OutputSchemas;
import dev.exoplan.io.json.Schema;
import dev.exoplan.io.text.DisplayWidth;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code plan --pay-in} run as a user runs it, on the built-in sample-c (a ¥374,000 five-session IV course,
 * its illustrative credit plan the rows of a published 15 % table). Typical buys the course on
 * Mon 15 Feb 2027, high on Mon 4 Jan and Sat 1 May 2027 (with --start 2027-01-04).
 */
class InstalmentsCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Result plan(String... more) {
        return planFrom("2027-01-04", more);
    }

    private static Result planFrom(String start, String... more) {
        List<String> args = new ArrayList<>(List.of("plan", "--goal", "skin", "--method", "iv", "--clinic",
                "sample-c", "--start", start));
        args.addAll(List.of(more));
        return Run.exoplan(args.toArray(String[]::new));
    }

    private static JsonNode json(Result result) throws IOException {
        assertEquals("", result.err());
        assertEquals(0, result.code());
        OutputSchemas.assertValid(Schema.PLAN, result.out(), "plan --pay-in");
        return JSON.readTree(result.out());
    }

    private static void fitsEightyColumns(String text) {
        text.lines().forEach(line -> assertTrue(DisplayWidth.of(line) <= 80, line));
    }

    @Test
    void twentyFourInstalmentsOfTheClinicsPlan_showTheFeePaymentsMonthsAndTheLoansTerms() {
        Result r = plan("--pay-in", "24");

        assertEquals(0, r.code());
        assertEquals("", r.err());
        String out = r.out();
        // 374,000 × 16.37 ÷ 100 = 61,223.8 → 61,223; total 435,223; ÷ 24 = 18,134.29 → 18,134;
        // the first 435,223 − 23 × 18,134 = 18,141; from the 27th of the month after 15 Feb
        assertTrue(out.contains("""
                Paying in instalments: Medical loan (illustrative, 15 % APR), with Example
                Credit (fictional)
                  24 instalments at a fee of 16.37 per 100 of the cash price, from the plan's
                  table.

                  typical: IV drip, 5 sessions ¥374,000, bought Mon 15 Feb 2027
                    Fee ¥61,223 (¥374,000 × 16.37 ÷ 100, rounded down); total to pay ¥435,223.
                    24 payments from Sat 27 Mar 2027 to Tue 27 Feb 2029: the first ¥18,141,
                    then ¥18,134 each (each rounded down; the first takes the rest).
                    Credit cooling-off (クーリング・オフ) until Mon 22 Feb 2027.
                """), out);
        // the scenarios' totals: typical 553,300 + 61,223; high 751,300 + 2 × 61,223
        assertTrue(out.contains("""
                  With the credit fees              low    typical       high
                  Credit fees                         —    ¥61,223   ¥122,446
                  Total with the credit fees   ¥278,300   ¥614,523   ¥873,746
                """), out);
        // January: sessions 1 and 2 (91,300 + 88,000); February: the course, financed; then the payments
        assertTrue(out.contains("""
                      Jan 2027                      ¥179,300
                      Feb 2027                            ¥0
                      Mar 2027                       ¥18,141
                      Apr 2027 to Feb 2029   ¥18,134 a month
                """), out);
        assertTrue(out.contains("you may be able to stop further payments"), out);
        assertTrue(out.contains("If you stop the course, the loan does not end by itself"), out);
        assertTrue(out.contains("188 (消費者ホットライン)"), out);
        // beside the refund table, after it
        assertTrue(out.indexOf("Paying in instalments") > out.indexOf("If you stop part way"), out);
        fitsEightyColumns(out);
    }

    @Test
    void theChart_followsThePaymentsInsideThePeriod() {
        // typical, by the end of 2027: 179,300 in January, then the payments of March to December:
        // 18,141 + 9 × 18,134 = 181,347; 360,647 in all (without instalments the chart's top is 751,300)
        String out = plan("--pay-in", "24").out();
        assertTrue(out.contains("What you will have paid, month by month (cumulative, tax included)\n"
                + "  ¥360,647 │"), out);
    }

    @Test
    void theCalendar_addsEachTypicalPaymentWithAReminder() {
        // 3 instalments at 2.51: 374,000 × 2.51 ÷ 100 = 9,387.4 → 9,387; 383,387 ÷ 3 = 127,795.67 → 127,795;
        // the first 383,387 − 2 × 127,795 = 127,797; from 27 March 2027 (the course bought 15 February)
        String ics = plan("--pay-in", "3", "--ics", "-").out();
        assertTrue(ics.contains("UID:sample-c.skin.iv.2027-01-04.instalment.3.1@exoplan\r\n"
                + "DTSTART;VALUE=DATE:20270327\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:IV drip\\, 5 sessions: instalment 1/3\\, ¥127\\,797\r\n"), ics);
        assertTrue(ics.contains("UID:sample-c.skin.iv.2027-01-04.instalment.3.3@exoplan\r\n"
                + "DTSTART;VALUE=DATE:20270527\r\n"), ics);
        assertEquals(3, ics.split("UID:[^\\r]*\\.instalment\\.", -1).length - 1);
        assertEquals(0, plan("--ics", "-").out().split("instalment", -1).length - 1);
    }

    @Test
    void inJapanese_theSameFiguresInJapaneseWords() {
        Result r = plan("--pay-in", "24", "--lang", "ja");

        assertEquals(0, r.code());
        assertTrue(r.out().contains("手数料 61,223円（374,000円 × 16.37 ÷ 100、切り捨て）。支払総額 435,223円。"),
                r.out());
        assertTrue(r.out().contains("2027年4月〜2029年2月   毎月 18,134円"), r.out());
        assertTrue(r.out().contains("信販会社に通知して以後の支払いを止められる"), r.out());
        assertTrue(r.out().contains("消費者ホットライン 188"), r.out());
        fitsEightyColumns(r.out());
    }

    @Test
    void json_givesEachFinancedPurchaseItsLoanAndEachScenarioItsTotalWithTheFees() throws IOException {
        JsonNode plan = json(plan("--pay-in", "24", "--format", "json"));

        JsonNode typical = plan.path("scenarios").path("typical");
        assertEquals(61223, typical.path("financingFees").asInt());
        assertEquals(614523, typical.path("totalWithFinancing").asInt());
        JsonNode f = typical.path("purchases").get(2).path("financing");
        assertEquals("example-loan", f.path("plan").asText());
        assertEquals(24, f.path("instalments").asInt());
        assertEquals("16.37", f.path("feePer100").decimalValue().toPlainString());
        assertTrue(f.path("apr").isNull());
        assertEquals(List.of(61223, 435223, 18141, 18134, 18134), List.of(f.path("fee").asInt(),
                f.path("total").asInt(), f.path("firstPayment").asInt(), f.path("laterPayment").asInt(),
                f.path("lastPayment").asInt()));
        assertEquals(List.of("first", "2027-03-27", "2029-02-27", "2027-02-22"), List.of(f.path("remainder").asText(),
                f.path("firstDate").asText(), f.path("lastDate").asText(), f.path("creditCoolingOffUntil").asText()));
        assertTrue(f.path("stopPaymentsMayApply").asBoolean());
        // single sessions are not financed; low buys no package
        assertTrue(typical.path("purchases").get(0).path("financing").isMissingNode());
        assertEquals(0, plan.path("scenarios").path("low").path("financingFees").asInt());
    }

    @Test
    void withoutPayIn_theJsonHasNoFinancingField() throws IOException {
        JsonNode typical = json(plan("--format", "json")).path("scenarios").path("typical");
        assertTrue(typical.path("financingFees").isMissingNode());
        assertTrue(typical.path("totalWithFinancing").isMissingNode());
    }

    @ParameterizedTest
    @CsvSource({"15", "15%", "15.0 %"})
    void aCardAtAnAnnualRate_derivesItsTable_asTheRateIsQuoted(String rate) throws IOException {
        JsonNode f = json(plan("--apr", rate, "--pay-in", "24", "--format", "json")).path("scenarios")
                .path("typical").path("purchases").get(2).path("financing");
        // 15 %, n = 24: 100 × (24 × 0.0125 ÷ (1 − 1.0125^−24) − 1) = 16.368 → 16.37
        assertTrue(f.path("plan").isNull());
        assertEquals("16.37", f.path("feePer100").decimalValue().toPlainString());
        assertEquals(0, f.path("apr").decimalValue().compareTo(new java.math.BigDecimal("15")));
        assertEquals(61223, f.path("fee").asInt());
    }

    @Test
    void twoInstalmentsWithinTwoMonths_areOutsideTheInstalmentRules() throws IOException {
        // high buys on 28 Jan 2027: payments 27 Feb and 27 Mar, within two months (by 28 Mar)
        Result r = planFrom("2027-01-28", "--apr", "15", "--pay-in", "2");
        assertTrue(r.out().contains("""
                    Stopping payments (支払停止の抗弁): the payments end within two months of
                    the purchase (by Sat 27 Mar 2027), which the instalment sales law
                """), r.out());
        JsonNode high = json(planFrom("2027-01-28", "--apr", "15", "--pay-in", "2", "--format", "json"))
                .path("scenarios").path("high").path("purchases").get(0).path("financing");
        assertEquals("2027-03-27", high.path("lastDate").asText());
        assertTrue(!high.path("stopPaymentsMayApply").asBoolean());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--pay-in 18|--pay-in: credit plan example-loan does not offer 18 instalments; it offers 3, 6, 10, 12, 24, 36",
        "--pay-in 12 --financing card|--financing: clinic sample-c offers no credit plan 'card'; its plans: example-loan",
        "--financing example-loan|--financing: give --pay-in N too: the number of instalments to pay the plan's "
                + "packages in",
        "--apr 15|--apr: give --pay-in N too: the number of instalments to pay the plan's packages in",
        "--apr 15 --financing example-loan --pay-in 12|--apr: --apr models your own card and --financing names the "
                + "clinic's credit plan: give one of them",
        "--apr fifteen --pay-in 12|--apr: 'fifteen' is not an annual rate: give the 実質年率 in percent, from 0 to "
                + "100, such as 15 or 15%",
        "--apr 101 --pay-in 12|--apr: '101' is not an annual rate: give the 実質年率 in percent, from 0 to 100, such "
                + "as 15 or 15%",
        "--apr 15 --pay-in 0|--pay-in: 0 instalments is outside 1 to 120",
        "--apr 15 --pay-in 121|--pay-in: 121 instalments is outside 1 to 120",
    })
    void aRequestThePlanCannotServe_isAUsageErrorThatNamesWhatIsOffered(String args, String message) {
        Result r = plan(args.split(" "));
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("", r.out());
        assertEquals("exoplan plan: " + message + "\n", r.err());
    }

    /**
     * clean.json with a ¥30,000 three-session package (tax 10 % added: ¥33,000 paid) and a plan of 10
     * instalments at 7.00: fee 33,000 × 7.00 ÷ 100 = 2,310, total 35,310, under ¥40,000.
     */
    private static String cheapSheet(String currency, String planExtra) throws IOException {
        String clean = java.nio.file.Files.readString(java.nio.file.Path.of(ValidateCommandTests.CLEAN));
        return clean.replace("\"currency\": \"JPY\"", "\"currency\": \"" + currency + "\"")
                .replace("\"iv\": { \"min\": 30000, \"typical\": 80000, \"max\": 150000 }",
                        "\"iv\": { \"min\": 13000, \"typical\": 15000, \"max\": 20000 }")
                .replace("\"methods\": [\"injection\"] }\n      ]", "\"methods\": [\"injection\"] }\n      ],\n"
                        + "      \"packages\": [ { \"method\": \"iv\", \"sessions\": 3, \"price\": 30000 } ],\n"
                        + "      \"financing\": [ { \"id\": \"loan\", \"label\": { \"ja\": \"ローン\", \"en\": \"Loan\" }, "
                        + "\"instalments\": [10], \"feePer100\": { \"10\": 7.00 }" + planExtra + " } ]");
    }

    private static Result onSheet(String sheet, String... more) {
        List<String> args = new ArrayList<>(List.of("plan", "--pricing", "-", "--goal", "skin", "--method", "iv",
                "--start", "2027-01-04", "--pay-in", "10"));
        args.addAll(List.of(more));
        return Run.exoplan(java.util.Map.of(), sheet, java.util.Locale.US, args.toArray(String[]::new));
    }

    @Test
    void aTotalUnder40000_isOutsideStoppingPayments() throws IOException {
        Result r = onSheet(cheapSheet("JPY", ""));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Fee ¥2,310 (¥33,000 × 7.00 ÷ 100, rounded down); total to pay ¥35,310."),
                r.out());
        assertTrue(r.out().contains("Stopping payments (支払停止の抗弁): the total to pay, ¥35,310, is under\n"
                + "    ¥40,000, so the law's right to stop payments does not reach it."), r.out());
    }

    @Test
    void aPackageBelowThePlansMinimum_isAUsageErrorNamingTheMinimum() throws IOException {
        Result r = onSheet(cheapSheet("JPY", ", \"minimum\": 40000"));
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("", r.out());
        assertEquals("exoplan plan: --pay-in: credit plan loan finances ¥40,000 or more, and this plan buys a package "
                + "of ¥33,000\n", r.err());
    }

    @Test
    void anotherCurrency_isNotJudgedByTheLawsYenFigures() throws IOException {
        Result r = onSheet(cheapSheet("USD", ""));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Stopping payments (支払停止の抗弁): the law's conditions are stated in\n"
                + "    yen, and this sheet's prices are not."), r.out());
    }

    @Test
    void aClinicWithoutAPlan_orAPlanWithoutAPackage_isAUsageError() {
        Result none = Run.exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--pay-in", "12");
        assertEquals(ExitCodes.USAGE, none.code());
        assertEquals("exoplan plan: --pay-in: clinic sample-a states no credit plan; to see a card's instalments, give "
                + "its annual rate (実質年率): --apr RATE --pay-in N\n", none.err());
        Result nothing = Run.exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--apr", "15",
                "--pay-in", "12");
        assertEquals(ExitCodes.USAGE, nothing.code());
        assertEquals("exoplan plan: --pay-in: no scenario of this plan buys a package, and --pay-in pays for packages "
                + "in instalments\n", nothing.err());
    }
}
