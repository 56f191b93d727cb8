package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third language is one new properties file: a copy of the compiled classes with one more bundle,
 * {@code messages_de.properties}, run in a child JVM, speaks it — chosen by --lang or by the locale,
 * offered by help and completion, and named when a --lang is refused. No Java changes.
 */
class ThirdLanguageTests {

    @TempDir
    static Path folder;

    private static String classPath;

    @BeforeAll
    static void classesWithAGermanBundle() throws IOException {
        Path classes = Paths.get("target", "classes").toAbsolutePath();
        Path copy = folder.resolve("classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(classes.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        // The English bundle with its title and date pattern in German: every other key falls back to
        // nothing (a bundle has no parent here), so the whole English file is the starting point.
        String english = Files.readString(classes.resolve("dev/exoplan/messages_en.properties"), StandardCharsets.UTF_8);
        String german = english
                .replace("title=Exosome therapy: treatment plan and cost estimate",
                        "title=Exosomen-Therapie: Behandlungsplan und Kostenschätzung")
                .replace("format.date=EEE d MMM uuuu", "format.date=EEE d. MMMM uuuu");
        Files.writeString(copy.resolve("dev/exoplan/messages_de.properties"), german, StandardCharsets.UTF_8);
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(Paths.get(entry).toAbsolutePath().equals(classes) ? copy.toString() : entry);
        }
        classPath = String.join(java.io.File.pathSeparator, entries);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run exoplan(String lang, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, "dev.exoplan.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", lang);
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exoplan did not finish");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void langDePrintsTheGermanBundlesWordsAndDates() throws Exception {
        Run run = exoplan("C.UTF-8", "plan", "--lang", "de", "--goal", "skin", "--method", "iv",
                "--clinic", "sample-a", "--start", "2027-01-04");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Exosomen-Therapie: Behandlungsplan und Kostenschätzung\n"), run.out());
        // 2027-01-04 is a Monday: EEE d. MMMM uuuu in German
        assertTrue(run.out().contains("Mo. 4. Januar 2027"), run.out());
    }

    @Test
    void aGermanLocaleChoosesGermanWithoutLang() throws Exception {
        Run run = exoplan("de_DE.UTF-8", "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Exosomen-Therapie"), run.out());
    }

    @Test
    void aRefusedLangNamesEveryLanguageIncludingTheNewOne() throws Exception {
        Run run = exoplan("C.UTF-8", "plan", "--lang", "fr");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("'fr' is not a language exoplan speaks; use ja, en or de"), run.err());
    }

    @Test
    void helpAndCompletionOfferTheNewLanguage() throws Exception {
        Run help = exoplan("C.UTF-8", "plan", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--lang=ja|en|de"), help.out());
        Run completion = exoplan("C.UTF-8", "completion", "bash");
        assertEquals(0, completion.code(), completion.err());
        assertTrue(completion.out().contains("_exoplan_words 'ja en de'"), completion.out());
    }
}
