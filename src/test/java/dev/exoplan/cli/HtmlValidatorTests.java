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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The W3C Nu Html Checker ({@code vnu.jar}, npm's {@code vnu-jar}, which {@code .ci/run} installs into
 * {@code target/html-checkers}) finds no error in any golden page, nor in the page of a hostile sheet whose
 * every text holds markup, nor in a page whose credit plan is labelled in markup ({@code --pay-in}). Skipped, saying so, where the checker is missing; under {@code CI=true} that
 * fails instead.
 */
class HtmlValidatorTests {

    static final Path VNU = Path.of("target/html-checkers/node_modules/vnu-jar/build/dist/vnu.jar");

    @TempDir
    Path dir;

    @Test
    void everyGoldenPage_andAHostileSheetsPage_haveNoError() throws IOException, InterruptedException {
        String missing = VNU + " is missing, so the pages are not validated (.ci/run installs it with npm: vnu-jar)";
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(Files.isRegularFile(VNU), missing);
        }
        assumeTrue(Files.isRegularFile(VNU), missing);
        List<String> pages = new ArrayList<>();
        for (String golden : HtmlPageTests.PAGES.keySet()) {
            pages.add(HtmlPageTests.GOLDEN + golden);
        }
        Path sheet = dir.resolve("hostile-html.json");
        Files.writeString(sheet, Files.readString(Path.of(HostileSheetTests.SHEET), UTF_8).replace("|pipe",
                "|pipe" + HostileSheetTests.Html.MARKUP), UTF_8);
        for (String clinic : List.of("hostile-a", "hostile-b")) {
            Result r = exoplan("plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv", "--clinic",
                    clinic, "--start", "2027-01-04", "--format", "html", "--lang", "en");
            assertEquals(0, r.code(), r.err());
            Path page = dir.resolve(clinic + ".html");
            Files.writeString(page, r.out(), UTF_8);
            pages.add(page.toString());
        }
        Result loan = exoplan("plan", "--pricing", HtmlPageTests.markupLoan(dir).toString(), "--goal", "skin",
                "--method", "iv", "--clinic", "sample-c", "--start", "2027-01-04", "--pay-in", "24", "--format",
                "html", "--lang", "en");
        assertEquals(0, loan.code(), loan.err());
        Files.writeString(dir.resolve("markup-loan.html"), loan.out(), UTF_8);
        pages.add(dir.resolve("markup-loan.html").toString());
        Result compare = exoplan("compare", "--pricing", sheet.toString(), "--goal", "skin", "--start", "2027-01-04",
                "--format", "html", "--lang", "ja");
        Path page = dir.resolve("hostile-compare.html");
        Files.writeString(page, compare.out(), UTF_8);
        pages.add(page.toString());

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", VNU.toString(), "--errors-only", "--format", "json"));
        command.addAll(pages);
        Process vnu = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String report = new String(vnu.getErrorStream().readAllBytes(), UTF_8); // vnu writes its JSON to stderr
        vnu.waitFor();
        JsonNode messages = new ObjectMapper().readTree(report).path("messages");
        assertTrue(messages.isArray(), report);
        assertEquals(0, messages.size(), report);
    }
}
