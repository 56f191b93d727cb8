package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plan --format html} and {@code compare --format html} through the real command line: the
 * same inputs give the same bytes (golden files), the page is inert and self-contained, accessible in
 * its structure, says what the text and the JSON say, and goes to a file through {@code --output}.
 */
class HtmlPageTests {

    static final String GOLDEN = "src/test/resources/golden/";

    /** The golden pages and the arguments that make them (with --start fixed). */
    static final Map<String, List<String>> PAGES = Map.of(
            "plan-skin-iv-sample-a.html", List.of("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a",
                    "--start", "2027-01-04", "--format", "html", "--lang", "en"),
            "plan-skin-iv-sample-c-ja.html", List.of("plan", "--goal", "skin", "--method", "iv", "--clinic",
                    "sample-c", "--start", "2027-01-04", "--budget", "300000", "--format", "html", "--lang", "ja"),
            "compare-skin.html", List.of("compare", "--goal", "skin", "--start", "2027-01-04", "--format", "html",
                    "--lang", "en"),
            "compare-skin-ja.html", List.of("compare", "--goal", "skin", "--start", "2027-01-04", "--format", "html",
                    "--lang", "ja", "--budget", "600000"),
            "plan-skin-iv-sample-c-pay-in.html", List.of("plan", "--goal", "skin", "--method", "iv", "--clinic",
                    "sample-c", "--start", "2027-01-04", "--pay-in", "24", "--format", "html", "--lang", "en"),
            "plan-skin-iv-sample-c-apr-ja.html", List.of("plan", "--goal", "skin", "--method", "iv", "--clinic",
                    "sample-c", "--start", "2027-01-31", "--apr", "15%", "--pay-in", "10", "--format", "html",
                    "--lang", "ja"),
            "compare-skin-pay-in-ja.html", List.of("compare", "--goal", "skin", "--start", "2027-01-04", "--pay-in",
                    "18", "--format", "html", "--lang", "ja"));

    @TempDir
    Path dir;

    static Result page(String golden) {
        Result r = exoplan(PAGES.get(golden).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return r;
    }

    /**
     * What makes a page inert and self-contained, checked on its source: no script element, no event
     * handler attribute, no URL that loads or links (href, src, url(), @import), no style attribute.
     */
    static void assertInert(String page, String what) {
        String lower = page.toLowerCase(Locale.ROOT);
        // A sheet's "<" is always "&lt;": every "<" on the page starts exoplan's own markup.
        Matcher element = Pattern.compile("<(script|img|link|iframe|object|embed|base|form|a|audio|video|source)[\\s>/]")
                .matcher(lower);
        assertFalse(element.find(), () -> what + ": an element that runs or loads: " + element.group());
        Matcher attribute = Pattern.compile("<[^>]*\\s(on[a-z]+|href|src|srcset|style|xlink:href)\\s*=").matcher(lower);
        assertFalse(attribute.find(), () -> what + ": an attribute that runs, loads or styles: " + attribute.group());
        String style = lower.substring(lower.indexOf("<style>"), lower.indexOf("</style>"));
        assertFalse(style.contains("url(") || style.contains("@import"), what + ": the style sheet loads");
        assertEquals(1, lower.split("<style>", -1).length - 1, what + ": one style sheet");
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"),
                what + ": the policy");
    }

    @Nested
    class SameInputsSameBytes {

        @ParameterizedTest
        @ValueSource(strings = {"plan-skin-iv-sample-a.html", "plan-skin-iv-sample-c-ja.html", "compare-skin.html",
            "compare-skin-ja.html"})
        void eachPage_isItsGoldenFile(String golden) throws IOException {
            assertEquals(Files.readString(Path.of(GOLDEN + golden)), page(golden).out());
        }
    }

    @Nested
    class InertAndSelfContained {

        @ParameterizedTest
        @ValueSource(strings = {"plan-skin-iv-sample-a.html", "plan-skin-iv-sample-c-ja.html", "compare-skin.html",
            "compare-skin-ja.html"})
        void eachPage_hasNoScriptNoHandlerAndNothingThatLoads(String golden) {
            assertInert(page(golden).out(), golden);
        }

        @Test
        void thePage_isInTheOutputLanguage() {
            assertTrue(page("plan-skin-iv-sample-a.html").out().startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"));
            assertTrue(page("plan-skin-iv-sample-c-ja.html").out().startsWith("<!DOCTYPE html>\n<html lang=\"ja\">\n"));
        }
    }

    @Nested
    class Accessible {

        @ParameterizedTest
        @ValueSource(strings = {"plan-skin-iv-sample-a.html", "plan-skin-iv-sample-c-ja.html", "compare-skin.html"})
        void everySvg_hasATitleAndADescription(String golden) {
            String page = page(golden).out();
            Matcher svg = Pattern.compile("<svg [^>]*>\n<title id=\"([a-z]+)-title\">[^<]+</title>\n"
                    + "<desc id=\"\\1-desc\">[^<]+</desc>").matcher(page);
            int described = 0;
            while (svg.find()) {
                described++;
            }
            assertEquals(page.split("<svg ", -1).length - 1, described);
            assertTrue(described >= 1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"plan-skin-iv-sample-a.html", "plan-skin-iv-sample-c-ja.html", "compare-skin.html"})
        void everyHeaderCell_hasAScope_andHeadingsGoDownOneLevelAtATime(String golden) {
            String page = page(golden).out();
            assertEquals(page.split("<th>", -1).length - 1, 0, "a th without scope");
            Matcher heading = Pattern.compile("<h([1-6])>").matcher(page);
            int level = 0;
            while (heading.find()) {
                int next = Integer.parseInt(heading.group(1));
                assertTrue(next <= level + 1, "h" + next + " after h" + level);
                level = next;
            }
            assertEquals(1, page.split("<h1>", -1).length - 1, "one h1");
        }
    }

    @Nested
    class SaysWhatTheOtherFormatsSay {

        @Test
        void theTypicalTotal_isTheJsonOnes() throws IOException {
            Result json = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start",
                    "2027-01-04", "--format", "json");
            JsonNode typical = new ObjectMapper().readTree(json.out()).path("scenarios").path("typical");
            long total = typical.path("total").asLong();
            // the worked example: 565,500 yen (README)
            assertEquals(565_500, total);
            String page = page("plan-skin-iv-sample-a.html").out();
            assertTrue(page.contains("<p class=\"lead\">Over 12 months: ¥565,500 in the typical scenario,"), page);
            assertTrue(page.contains("<tr class=\"total\"><th scope=\"row\">Total you pay</th><td class=\"num\">"
                    + "¥155,500</td><td class=\"num\">¥565,500</td><td class=\"num\">¥1,505,500</td></tr>"), page);
        }

        @Test
        void everyScheduleDate_isOnThePage() throws IOException {
            Result json = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--start",
                    "2027-01-04", "--format", "json", "--lang", "ja");
            List<String> dates = new ArrayList<>();
            new ObjectMapper().readTree(json.out()).path("scenarios").path("typical").path("dates")
                    .forEach(d -> dates.add(d.asText()));
            String page = page("plan-skin-iv-sample-c-ja.html").out();
            assertEquals(7, dates.size());
            for (String date : dates) {
                // 2027-01-04 → 2027年1月4日
                String[] ymd = date.split("-");
                String ja = Integer.parseInt(ymd[0]) + "年" + Integer.parseInt(ymd[1]) + "月" + Integer.parseInt(ymd[2])
                        + "日";
                assertTrue(page.contains("<td>" + ja), ja);
            }
        }

        @Test
        void aCourseClinicsPage_hasItsRefundTableOncePerDistinctPackage() {
            String page = page("plan-skin-iv-sample-c-ja.html").out();
            // the typical and high scenarios buy the same 5-session package (3 purchases): the text says its
            // block once, and so does the page, as one h3 and one refund table
            assertEquals(1, page.split("<h3>点滴 5回コース 374,000円</h3>", -1).length - 1, page);
            assertEquals(1, page.split("<th scope=\"col\" class=\"num\">受けた回数</th>", -1).length - 1, page);
        }

        @Test
        void theComparePage_saysTheCheapestIsNotTheBestBeforeTheRanking_andDrawsEveryOption() {
            String page = page("compare-skin.html").out();
            int warning = page.indexOf("The cheapest is not automatically the best.");
            assertTrue(warning > 0 && warning < page.indexOf("<table>"), page);
            // six options in the embedded sheet for skin: six bars
            assertEquals(6, page.split("<rect x=", -1).length - 2, "a bar per option and the legend's");
        }
    }

    /**
     * {@code --pay-in} on the page: sample-c's course (¥374,000, bought by the typical and the high scenario)
     * in 24 instalments at 16.37 per 100: fee 374,000 × 16.37 ÷ 100 = 61,223.8 → ¥61,223, total ¥435,223,
     * 24 payments of 435,223 ÷ 24 = 18,134.29 → ¥18,134, the first taking the rest: 435,223 − 23 × 18,134 =
     * ¥18,141. The typical total with the fee: 553,300 + 61,223 = ¥614,523.
     */
    @Nested
    class Instalments {

        @Test
        void thePage_saysWhatTheTextSaysOfEachFinancedPackage_beforeTheQuestions() {
            String page = page("plan-skin-iv-sample-c-pay-in.html").out();
            String text = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--start",
                    "2027-01-04", "--pay-in", "24", "--lang", "en", "--no-caveats").out();
            for (String said : List.of("Fee ¥61,223 (¥374,000 × 16.37 ÷ 100, rounded down); total to pay ¥435,223.",
                    "24 payments from Sat 27 Mar 2027 to Tue 27 Feb 2029: the first ¥18,141, then ¥18,134 each",
                    "Credit cooling-off (クーリング・オフ) until Mon 22 Feb 2027.",
                    "you may be able to stop further payments by notifying the credit company.",
                    "the consumer hotline 188")) {
                assertTrue(text.replaceAll("\\s+", " ").contains(said), said + " in the text");
                assertTrue(page.contains(said), said + " on the page");
            }
            assertTrue(page.contains("<tr><th scope=\"row\">Total with the credit fees</th><td class=\"num\">"
                    + "¥278,300</td><td class=\"num\">¥614,523</td>"), page);
            assertTrue(page.contains("<tr><th scope=\"row\">Apr 2027 to Feb 2029</th><td class=\"num\">¥18,134 a "
                    + "month</td></tr>"), page);
            // the chart's table follows the payments: by 3 Apr, the visits before the course (179,300) and the
            // first payment, 27 Mar (18,141): 197,441; the course's price is not paid at once
            assertTrue(page.contains("<tr><th scope=\"row\">Month 3 (to Sat 3 Apr 2027)</th><td class=\"num\">"
                    + "¥168,300</td><td class=\"num\">¥197,441</td>"), page);
            int loan = page.indexOf("the loan does not end by itself");
            assertTrue(page.indexOf("What stopping after each session returns") < loan
                    && loan < page.indexOf("Questions to ask at your counselling"), "beside the refunds");
        }

        @Test
        void aCardInJapanese_showsTheRateTheFeeIsWorkedOutFrom() {
            String page = page("plan-skin-iv-sample-c-apr-ja.html").out();
            // 15 %, 10 instalments: 7.00 per 100; 374,000 × 7 ÷ 100 = 26,180; 400,180 ÷ 10 = 40,018 each
            assertTrue(page.contains("実質年率 15% から元利均等の式で求め"), page);
            assertTrue(page.contains("26,180円"), page);
            assertTrue(page.contains("40,018円"), page);
        }

        @Test
        void aSheetsLoanLabelAndProvider_areTextOnThePage() throws IOException {
            Path sheet = markupLoan(dir);
            Result r = exoplan("plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv", "--clinic",
                    "sample-c", "--start", "2027-01-04", "--pay-in", "24", "--format", "html", "--lang", "ja");
            assertEquals(0, r.code(), r.err());
            assertInert(r.out(), "a loan of markup");
            assertTrue(r.out().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), r.out());
        }

        @Test
        void theComparePage_hasTheTotalOnInstalmentsLast_alignedAsAnAmount() {
            String page = page("compare-skin-pay-in-ja.html").out();
            assertTrue(page.contains("<th scope=\"col\" class=\"num\">標準・18回払い</th></tr>"), page);
            // sample-c's plan has no 18: プランなし; sample-b buys no package: its typical total stands
            assertTrue(page.contains("<td class=\"num\">プランなし</td></tr>"), page);
            assertTrue(page.contains("<td class=\"num\">539,000円</td></tr>"), page);
        }
    }

    /** The built-in sheet with sample-c's credit plan labelled, and its provider named, in markup. */
    static Path markupLoan(Path dir) throws IOException {
        String markup = HostileSheetTests.Html.MARKUP;
        String sheet = Files.readString(Path.of("pricing.json"))
                .replace("医療ローン（説明用の例、実質年率15%）", markup + "ローン")
                .replace("Medical loan (illustrative, 15 % APR)", markup + "loan")
                .replace("エグザンプル信販（架空）", markup + "信販")
                .replace("Example Credit (fictional)", markup + "credit");
        Path file = dir.resolve("markup-loan.json");
        Files.writeString(file, sheet);
        return file;
    }

    @Nested
    class Questions {

        @Test
        void aClinicThatDisclosesEverything_isAskedOnlyTheArticlesQuestions() {
            String page = page("plan-skin-iv-sample-a.html").out();
            assertFalse(page.contains("Which exosome do you use"), page);
            assertTrue(page.contains("<h2>Questions to ask at your counselling</h2>"), page);
            assertTrue(page.contains("<li>Can I have a written quote of the whole course, tax included?</li>"), page);
        }

        @Test
        void aSourceTheSheetLeavesOut_isAskedAbout() {
            Result r = exoplan("plan", "--pricing", "src/test/resources/sheets/findings/W-DISCLOSE-SOURCE.json",
                    "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--format", "html", "--lang", "en");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("<ol>\n<li>Which exosome do you use: from which source"), r.out());
            assertFalse(r.out().contains("How much is given in one session"), "the dose is stated");
        }

        @Test
        void cancellationTermsTheSheetLeavesOut_areAskedAbout() {
            Result r = exoplan("plan", "--pricing", "src/test/resources/sheets/findings/W-CANCEL-MISSING.json",
                    "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--format", "html", "--lang", "en");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("<li>If I stop a course part way, what do you refund"), r.out());
        }
    }

    @Nested
    class Output {

        @Test
        void toAFile_theSameBytesAsStandardOutput_andNothingOnStandardOutput() throws IOException {
            Path file = dir.resolve("plan.html");
            List<String> args = new ArrayList<>(PAGES.get("plan-skin-iv-sample-a.html"));
            args.addAll(List.of("--output", file.toString()));
            Result r = exoplan(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals(Files.readString(Path.of(GOLDEN + "plan-skin-iv-sample-a.html")), Files.readString(file));
        }

        @Test
        void compareToAFile_theSameBytesAsStandardOutput() throws IOException {
            Path file = dir.resolve("compare.html");
            List<String> args = new ArrayList<>(PAGES.get("compare-skin.html"));
            args.addAll(List.of("--output", file.toString()));
            Result r = exoplan(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals(Files.readString(Path.of(GOLDEN + "compare-skin.html")), Files.readString(file));
        }

        @Test
        void dash_isStandardOutput() {
            List<String> args = new ArrayList<>(PAGES.get("plan-skin-iv-sample-a.html"));
            args.addAll(List.of("--output", "-"));
            assertEquals(page("plan-skin-iv-sample-a.html").out(), exoplan(args.toArray(String[]::new)).out());
        }

        @Test
        void theSheetItself_isRefusedAsTheOutput() throws IOException {
            Path sheet = dir.resolve("pricing.json");
            Files.copy(Path.of("pricing.json"), sheet);
            Result r = exoplan("plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv", "--clinic",
                    "sample-a", "--format", "html", "--output", sheet.toString(), "--lang", "en");
            assertEquals(2, r.code());
            assertEquals("", r.out());
            assertTrue(r.err().contains("--output"), r.err());
            assertEquals(Files.readString(Path.of("pricing.json")), Files.readString(sheet), "the sheet is kept");
        }

        @Test
        void aFolder_isOneLineAndExit1() {
            Result r = exoplan("compare", "--goal", "skin", "--format", "html", "--output", dir.toString(), "--lang",
                    "en");
            assertEquals(1, r.code());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
        }

        @Test
        void listHasNoHtml() {
            assertEquals(2, exoplan("list", "--format", "html").code());
        }
    }
}
