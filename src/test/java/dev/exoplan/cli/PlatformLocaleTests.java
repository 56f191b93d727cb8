package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java platform's locale changes nothing exoplan writes: the completion scripts and every machine
 * format (and the texts for people, which take their locale from {@code --lang}) are byte for byte what
 * they are under en-US, in ASCII digits. Under a Persian default locale, String.format's {@code %d} once
 * wrote Persian digits into the completion script's variable names ({@code local cmds۰=(plan)}), and a
 * German one writes {@code ,} for a decimal point. A child JVM runs {@code dev.exoplan.Main}, as a user's
 * java does: the locale is the JVM's from its start.
 */
class PlatformLocaleTests {

    private static final String SHEET = Path.of("src/test/resources/sheets/worked-example.json").toAbsolutePath()
            .toString();
    private static final String[] PLAN = {"plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a",
        "--start", "2027-01-04"};

    /** Each command's en-US outcome, run once for both other locales. */
    private static final Map<List<String>, Outcome> ENGLISH = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    /** Every command and format whose output must not depend on the platform's locale. */
    static Stream<Arguments> outputs() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("completion", "bash"));
        commands.add(List.of("completion", "zsh"));
        commands.add(List.of("schema"));
        commands.add(with(PLAN));
        commands.add(with(PLAN, "--format", "json"));
        commands.add(with(PLAN, "--format", "html"));
        commands.add(with(PLAN, "--budget", "1234567", "--display-currency", "USD", "--rate", "0.0066"));
        commands.add(with(PLAN, "--ics", "-"));
        commands.add(List.of("list", "--format", "json"));
        for (String format : List.of("text", "json", "csv", "markdown", "html")) {
            commands.add(List.of("compare", "--goal", "skin", "--start", "2027-01-04", "--budget", "500,000",
                    "--format", format));
        }
        for (String format : List.of("text", "json", "jsonl", "csv", "markdown")) {
            commands.add(List.of("quote", "--start", "2027-01-04", "--months", "12", "--format", format));
        }
        for (String format : List.of("text", "json", "sarif")) {
            commands.add(List.of("validate", "--format", format, SHEET));
        }
        // The texts for people, in both languages of the bundles.
        commands.add(with(PLAN, "--lang", "ja"));
        commands.add(with(PLAN, "--lang", "ja", "--budget", "1234567", "--display-currency", "USD", "--rate",
                "0.0066"));
        commands.add(List.of("compare", "--goal", "skin", "--start", "2027-01-04", "--lang", "ja"));
        commands.add(List.of("quote", "--start", "2027-01-04", "--months", "12", "--lang", "ja", "--format",
                "markdown"));
        return Stream.of("fa-IR", "de-DE").flatMap(locale -> commands.stream()
                .map(command -> Arguments.of(locale, command)));
    }

    private static List<String> with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all;
    }

    @ParameterizedTest(name = "{0}: exoplan {1}")
    @MethodSource("outputs")
    void anOutput_underAnotherPlatformLocale_isByteForByteTheEnUsOne(String locale, List<String> args)
            throws Exception {
        Outcome english = ENGLISH.get(args) != null ? ENGLISH.get(args) : run("en-US", args);
        ENGLISH.put(args, english);
        Outcome other = run(locale, args);
        assertAll(
                () -> assertEquals(english.code(), other.code(), other.err()),
                () -> assertEquals(english.err(), other.err()),
                () -> assertEquals(unstamped(english.out()), unstamped(other.out())),
                () -> assertTrue(other.out().codePoints().noneMatch(c -> Character.isDigit(c) && (c < '0' || c > '9')),
                        "only ASCII digits"));
    }

    /** A calendar's DTSTAMP is the time it was written: the one line two runs may differ in. */
    private static String unstamped(String out) {
        return out.replaceAll("(?m)^DTSTAMP:[0-9]{8}T[0-9]{6}Z$", "DTSTAMP:(the time of the run)");
    }

    private Outcome run(String locale, List<String> args) throws IOException, InterruptedException {
        String[] parts = locale.split("-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.language=" + parts[0],
                "-Duser.country=" + parts[1], "-cp", System.getProperty("java.class.path"), "dev.exoplan.Main"));
        command.addAll(args);
        Path out = dir.resolve(locale + ".out");
        Path err = dir.resolve(locale + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("LANGUAGE")
                || name.startsWith("EXOPLAN_"));
        env.put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        // A safety net against a hang only, not a timing assertion.
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "exoplan did not finish");
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
