package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML pages of {@code plan} and {@code compare} in a real browser: Debian's {@code chromium},
 * headless, driven by Selenium through Debian's {@code chromium-driver}, both named by path (nothing is
 * downloaded). For a plan in English, one in Japanese of a clinic selling a course, a hostile sheet's plan
 * and a comparison: the page loads with no console error (a blocked load or a script would be one), is no
 * wider than a 390-pixel phone, every SVG has a title, the typical total is the JSON's, the hostile
 * sheet's script and image are text that runs nothing, axe-core finds no WCAG 2.1 A or AA violation, and
 * printed to an A4 PDF the totals are on page 1 and every schedule date is in the text.
 * {@code .ci/run} installs chromium, chromium-driver and poppler-utils with apt-get and axe-core with npm;
 * elsewhere the tests skip, saying what is missing, and under {@code CI=true} they fail instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlInBrowserTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("target/html-checkers/node_modules/axe-core/axe.min.js");
    static final int PHONE = 390;
    static final int NARROWEST = 360;

    @TempDir
    Path dir;

    private ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        boolean ci = "true".equals(System.getenv("CI"));
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (apt-get install chromium)");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add(DRIVER + " (apt-get install chromium-driver)");
        }
        if (!pdftotextRuns()) {
            missing.add("pdftotext (apt-get install poppler-utils)");
        }
        if (!Files.isRegularFile(AXE)) {
            missing.add(AXE + " (npm install --prefix target/html-checkers axe-core)");
        }
        String reason = "missing, so the pages are not opened in a browser (.ci/run installs them): " + missing;
        if (ci) {
            assertTrue(missing.isEmpty(), reason);
        }
        assumeTrue(missing.isEmpty(), reason);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile = Files.createTempDirectory("exoplan-chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + PHONE + ",900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(PHONE, 900));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static boolean pdftotextRuns() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes the page a command prints to a file, opens it, and checks what every page must be. */
    private Path open(String name, String... args) throws IOException {
        Result r = exoplan(args);
        assertEquals(0, r.code(), r.err());
        Path page = dir.resolve(name);
        Files.writeString(page, r.out(), UTF_8);
        browser.manage().logs().get(LogType.BROWSER); // what an earlier page logged is not this one's
        browser.get(page.toUri().toString());
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), name + ": the console");
        assertEquals(0L, ((Number) script("return performance.getEntriesByType('resource').length")).longValue(),
                name + ": nothing requested beyond the page");
        // the narrowest phone, then the test's: the page never scrolls sideways (a table does, in its box)
        for (int width : new int[] {NARROWEST, PHONE}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Number scroll = (Number) script("return document.documentElement.scrollWidth");
            Number viewport = (Number) script("return window.innerWidth");
            assertEquals(width, viewport.intValue(), name + ": the viewport");
            assertTrue(scroll.intValue() <= viewport.intValue(), name + ": " + scroll + " px wide at " + viewport);
        }
        assertEquals(Boolean.TRUE, script("return document.querySelectorAll('svg').length > 0 && "
                + "[...document.querySelectorAll('svg')].every(s => { const t = s.querySelector(':scope > title');"
                + " return t !== null && t.textContent.trim().length > 0; })"), name + ": every svg has a title");
        assertEquals(0L, ((Number) script("return document.scripts.length + document.images.length")).longValue(),
                name + ": no script and no image");
        axe(name);
        return page;
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** axe-core, injected through WebDriver (the page's own policy allows no script): WCAG 2.1 A and AA. */
    private void axe(String name) throws IOException {
        script(Files.readString(AXE, UTF_8));
        Object violations = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(JSON.stringify(r.violations.map(v => v.id + ': ' + v.nodes.map(n => "
                        + "n.target.join(' ')).join(', ')))), e => done('axe failed: ' + e));");
        assertEquals("[]", violations, name + ": axe-core");
    }

    /** The page printed to an A4 PDF, as text, one string a page. */
    private List<String> printed(Path page) throws IOException, InterruptedException {
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0)); // A4, in centimetres: height, width
        print.setBackground(true);
        Pdf pdf = browser.print(print);
        Path file = dir.resolve(page.getFileName() + ".pdf");
        Files.write(file, Base64.getDecoder().decode(pdf.getContent()));
        Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertEquals(0, p.waitFor(), "pdftotext");
        return List.of(text.split("\f"));
    }

    @Test
    void aPlanInEnglish_printsItsTotalsOnPageOne_andEveryScheduleDate() throws Exception {
        Path page = open("plan-en.html", "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a",
                "--start", "2027-01-04", "--format", "html", "--lang", "en");
        // the typical total shown is the JSON's: 565,500 yen, the README's worked example
        JsonNode json = new ObjectMapper().readTree(exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic",
                "sample-a", "--start", "2027-01-04", "--format", "json").out());
        String typical = String.format(java.util.Locale.ROOT, "¥%,d",
                json.path("scenarios").path("typical").path("total").asLong());
        assertEquals("¥565,500", typical);
        String lead = (String) script("return document.querySelector('p.lead').textContent");
        assertTrue(lead.contains(typical + " in the typical scenario"), lead);
        List<String> pages = printed(page);
        assertTrue(pages.get(0).contains("Total you pay") && pages.get(0).contains(typical), pages.get(0));
        String all = String.join("\n", pages);
        List<String> dates = new ArrayList<>();
        json.path("scenarios").path("typical").path("dates").forEach(d -> dates.add(d.asText()));
        assertEquals(7, dates.size());
        // 2027-01-04 as the page writes it: Mon 4 Jan 2027
        for (String date : dates) {
            String shown = java.time.LocalDate.parse(date).format(java.time.format.DateTimeFormatter
                    .ofPattern("EEE d MMM uuuu", java.util.Locale.US));
            assertTrue(all.contains(shown), shown + " in the PDF");
        }
    }

    @Test
    void aCourseClinicsPlanInJapanese_printsItsTotalsOnPageOne_andEveryScheduleDate() throws Exception {
        Path page = open("plan-ja.html", "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c",
                "--start", "2027-01-04", "--budget", "300000", "--format", "html", "--lang", "ja");
        String lead = (String) script("return document.querySelector('p.lead').textContent");
        assertTrue(lead.contains("標準シナリオでは553,300円"), lead);
        // Without a Japanese font the PDF holds no Japanese text to read back.
        String noFont = "no font for Japanese (fc-list :lang=ja is empty; .ci/run installs fonts-noto-cjk): "
                + "the Japanese page is not read back from its PDF";
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(japaneseFont(), noFont);
        }
        assumeTrue(japaneseFont(), noFont);
        List<String> pages = printed(page);
        assertTrue(pages.get(0).contains("お支払い合計") && pages.get(0).contains("553,300円"), pages.get(0));
        JsonNode json = new ObjectMapper().readTree(exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic",
                "sample-c", "--start", "2027-01-04", "--format", "json").out());
        String all = String.join("\n", pages);
        int dates = 0;
        for (JsonNode date : json.path("scenarios").path("typical").path("dates")) {
            // 2027-01-04 as the page writes it: 2027年1月4日
            java.time.LocalDate d = java.time.LocalDate.parse(date.asText());
            String shown = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            assertTrue(all.contains(shown), shown + " in the PDF");
            dates++;
        }
        assertEquals(7, dates);
    }

    private static boolean japaneseFont() throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=ja").redirectErrorStream(true).start();
            String fonts = new String(p.getInputStream().readAllBytes(), UTF_8);
            return p.waitFor() == 0 && !fonts.isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aHostileSheetsScriptAndImage_areTextThatRunsNothing() throws Exception {
        Path sheet = dir.resolve("hostile-html.json");
        Files.writeString(sheet, Files.readString(Path.of(HostileSheetTests.SHEET), UTF_8).replace("|pipe",
                "|pipe" + HostileSheetTests.Html.MARKUP), UTF_8);
        open("hostile.html", "plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv", "--clinic",
                "hostile-a", "--start", "2027-01-04", "--format", "html", "--lang", "en");
        String text = (String) script("return document.body.textContent");
        assertTrue(text.contains("<script>alert(1)</script><img src=x onerror=alert(2)><!--"), text);
        // an alert that ran would be open now, and WebDriver would refuse the next command
        assertEquals("Exosome therapy: treatment plan and cost estimate",
                script("return document.querySelector('h1').textContent"));
    }

    @Test
    void aPlanOnInstalments_inBothLanguages_loadsCleanFitsAPhoneAndPrintsTheLoan() throws Exception {
        Path page = open("pay-in-en.html", "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c",
                "--start", "2027-01-04", "--pay-in", "24", "--format", "html", "--lang", "en");
        String all = String.join("\n", printed(page)).replaceAll("\\s+", " ");
        // 553,300 + 374,000 × 16.37 ÷ 100 rounded down (61,223) = 614,523; and where to ask
        assertTrue(all.contains("Total with the credit fees") && all.contains("¥614,523"), all);
        assertTrue(all.contains("the consumer hotline 188"), all);
        open("pay-in-ja.html", "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--start",
                "2027-01-31", "--apr", "15", "--pay-in", "10", "--format", "html", "--lang", "ja");
        open("compare-pay-in.html", "compare", "--goal", "skin", "--start", "2027-01-04", "--pay-in", "24",
                "--format", "html", "--lang", "en");
    }

    @Test
    void aComparison_loadsCleanAndFitsAPhone() throws Exception {
        Path page = open("compare.html", "compare", "--goal", "skin", "--start", "2027-01-04", "--format", "html",
                "--lang", "en");
        assertEquals(6L, ((Number) script("return document.querySelectorAll('tbody tr').length")).longValue());
        String first = printed(page).get(0);
        assertTrue(first.contains("The cheapest is not automatically the best"), first);
    }
}
