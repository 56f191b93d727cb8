package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reader that goes away ({@code | head -1}) ends the output quietly in every language the system
 * speaks: glibc translates EPIPE's text with {@code LANGUAGE} ("Datenübergabe unterbrochen (broken
 * pipe)"), and exoplan once took every text but the English "Broken pipe" for a failed write (exit 1).
 * Each case runs {@code quote} in a child JVM under bash with the locale set, piped into {@code head -1};
 * it is skipped, saying so, where the system lacks the locale ({@code .ci/run} generates them).
 */
class ClosedPipeTests {

    @TempDir
    static Path dir;

    private static Path requests;

    @BeforeAll
    static void writeRequests() throws IOException {
        // Far more than a pipe holds (64 KB): the writer is still writing when head has gone.
        requests = dir.resolve("requests.csv");
        try (Writer out = Files.newBufferedWriter(requests, StandardCharsets.UTF_8)) {
            out.write("goal,method,clinic,start,months\n");
            for (int i = 0; i < 20_000; i++) {
                out.write("skin,iv,sample-a,2027-01-04,12\n");
            }
        }
    }

    @ParameterizedTest(name = "LANG={0}.UTF-8 LANGUAGE={1}")
    @CsvSource({"de_DE, de", "fr_FR, fr", "ru_RU, ru", "zh_CN, zh", "fa_IR, fa", "C, ''"})
    void quoteIntoHeadOne_inTheSystemsLanguage_endsQuietlyWithStatus0(String locale, String language)
            throws IOException, InterruptedException {
        String lang = locale.equals("C") ? "C.UTF-8" : locale + ".UTF-8";
        String missing = "the locale " + lang + " is not installed here (locale -a; .ci/run makes it)";
        // CI makes every one of them (.ci/run): there a missing locale fails instead of skipping.
        assertTrue(installed(lang) || !"true".equals(System.getenv("CI")), missing);
        Assumptions.assumeTrue(installed(lang), missing);
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "\"$JAVA\" -cp \"$CP\" dev.exoplan.Main quote --requests \"$REQUESTS\" 2>\"$ERR\" | head -1; "
                        + "exit \"${PIPESTATUS[0]}\"")
                .redirectOutput(dir.resolve(locale + ".head").toFile())
                .redirectError(dir.resolve(locale + ".shell-err").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("LC_") || name.startsWith("EXOPLAN_"));
        env.put("LANG", lang);
        env.put("LANGUAGE", language);
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("CP", System.getProperty("java.class.path"));
        env.put("REQUESTS", requests.toString());
        env.put("ERR", dir.resolve(locale + ".err").toString());
        Process process = builder.start();
        // A safety net against a hang only, not a timing assertion.
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "exoplan | head -1 did not finish");
        String err = Files.readString(dir.resolve(locale + ".err"), StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals(0, process.exitValue(), "exoplan's own exit status; stderr: " + err),
                () -> assertEquals("", err),
                () -> assertEquals("", Files.readString(dir.resolve(locale + ".shell-err"))),
                () -> assertTrue(Files.readString(dir.resolve(locale + ".head"), StandardCharsets.UTF_8)
                        .startsWith("clinic,clinic_name,goal,method,start,months,")));
    }

    /** Whether {@code locale -a} lists the locale (it writes {@code de_DE.utf8} for de_DE.UTF-8). */
    private static boolean installed(String lang) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        String all = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        String wanted = lang.toLowerCase(Locale.ROOT).replace("utf-8", "utf8");
        return all.lines().anyMatch(line -> line.toLowerCase(Locale.ROOT).replace("utf-8", "utf8").equals(wanted));
    }
}
