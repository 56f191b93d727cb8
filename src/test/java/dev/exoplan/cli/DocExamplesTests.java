package dev.exoplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs are tests: every console example in {@code README.md} and {@code docs/*.md} runs against the
 * program and must match what it prints, byte for byte, exit code included.
 *
 * <p>The conventions, as in cram and trycmd: a fenced block whose info string is {@code console}; a
 * line {@code $ COMMAND} starts an example (continued on the next line after a trailing {@code \});
 * an optional line {@code ? N} right after it gives a non-zero exit code; the lines up to the next
 * {@code $ } or the block's end are what the command prints, standard output then standard error as
 * a terminal shows them (through one pipe); a line {@code …} alone (indented or not) stands for any number of lines left
 * out. {@code java -jar target/exoplan.jar} and {@code exoplan} both run the program (its {@code Main}
 * in a child JVM, in a folder of its own where the checkout's {@code pricing.json}, {@code examples/}
 * and {@code schema/} are at hand). A block that cannot run here is marked by a comment on the line
 * before it, {@code <!-- not run: REASON -->}, and is reported as skipped with that reason.
 */
class DocExamplesTests {

    /** The files whose examples run: the README and every page of the docs. */
    static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** One command of a block, where it is, and what it must print and exit with. */
    record Example(Path file, int line, String command, int code, List<String> expected) {
    }

    /** A console block: its examples, or why it does not run. */
    record Block(Path file, int line, List<Example> examples, Optional<String> notRun) {
    }

    private static final Pattern NOT_RUN = Pattern.compile("^<!-- not run: (.+) -->$");

    static List<Block> blocks(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```console")) {
                continue;
            }
            int start = i;
            Optional<String> notRun = Optional.empty();
            for (int k = i - 1; k >= 0; k--) {
                if (!lines.get(k).isBlank()) {
                    Matcher m = NOT_RUN.matcher(lines.get(k));
                    notRun = m.matches() ? Optional.of(m.group(1)) : Optional.empty();
                    break;
                }
            }
            List<Example> examples = new ArrayList<>();
            i++;
            while (i < lines.size() && !lines.get(i).startsWith("```")) {
                if (!lines.get(i).startsWith("$ ")) {
                    throw new AssertionError(file + ":" + (i + 1) + ": a console block's lines before its first"
                            + " command must be a command starting with '$ '");
                }
                int at = i + 1;
                StringBuilder command = new StringBuilder(lines.get(i).substring(2));
                while (command.toString().endsWith("\\")) {
                    command.append('\n').append(lines.get(++i)); // bash reads the backslash and newline as one line
                }
                i++;
                int code = 0;
                if (i < lines.size() && lines.get(i).matches("\\? \\d+")) {
                    code = Integer.parseInt(lines.get(i).substring(2));
                    i++;
                }
                List<String> expected = new ArrayList<>();
                while (i < lines.size() && !lines.get(i).startsWith("```") && !lines.get(i).startsWith("$ ")) {
                    expected.add(lines.get(i));
                    i++;
                }
                examples.add(new Example(file, at, command.toString(), code, expected));
            }
            if (i >= lines.size()) {
                throw new AssertionError(file + ":" + (start + 1) + ": the console block is not closed");
            }
            blocks.add(new Block(file, start + 1, examples, notRun));
        }
        return blocks;
    }

    @TestFactory
    Stream<DynamicNode> everyConsoleExample_printsWhatTheDocsShow(@TempDir Path scratch) throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : documents()) {
            for (Block block : blocks(file)) {
                String name = file + ":" + block.line();
                if (block.notRun().isPresent()) {
                    nodes.add(DynamicTest.dynamicTest(name, () -> Assumptions.abort("not run: " + block.notRun().get())));
                    continue;
                }
                Path folder = scratch.resolve(file.getFileName() + "-" + block.line());
                nodes.add(DynamicContainer.dynamicContainer(name, block.examples().stream()
                        .map(e -> DynamicTest.dynamicTest(e.file() + ":" + e.line() + " $ " + e.command(),
                                () -> run(folder, e)))));
            }
        }
        return nodes.stream();
    }

    @Test
    void theDocs_haveAtLeastFifteenExamplesThatRun() throws IOException {
        int examples = 0;
        for (Path file : documents()) {
            for (Block block : blocks(file)) {
                examples += block.notRun().isPresent() ? 0 : block.examples().size();
            }
        }
        assertTrue(examples >= 15, "only " + examples + " console examples run");
    }

    @Test
    void aConsoleBlock_isParsedIntoCommandsCodesAndOutput(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("doc.md");
        Files.writeString(doc, String.join("\n", "text", "```console", "$ exoplan plan \\", "  --goal skn", "? 2",
                "exoplan plan: …", "$ exoplan list", "Goals", "…", "```", "", "<!-- not run: needs a home -->", "",
                "```console", "$ man exoplan", "```", ""));
        List<Block> blocks = blocks(doc);
        assertEquals(2, blocks.size());
        assertEquals(List.of(new Example(doc, 3, "exoplan plan \\\n  --goal skn", 2, List.of("exoplan plan: …")),
                new Example(doc, 7, "exoplan list", 0, List.of("Goals", "…"))), blocks.get(0).examples());
        assertEquals(Optional.of("needs a home"), blocks.get(1).notRun());
    }

    @Test
    void anEllipsisLine_standsForAnyLines_andNothingElseIsLoose() {
        assertTrue(matches(List.of("a", "…", "d"), "a\nb\nc\nd\n"));
        assertTrue(matches(List.of("a", "…", "d"), "a\nd\n"));
        assertTrue(matches(List.of("a", "…"), "a\n"));
        assertTrue(!matches(List.of("a", "d"), "a\nb\nd\n"));
        assertTrue(!matches(List.of("a", "…", "d"), "a\nb\nd\ne\n"));
        assertTrue(!matches(List.of("a.c"), "abc\n"));
        assertTrue(!matches(List.of("a"), "a \n"));
    }

    /**
     * The examples at the foot of each command's help, in both languages, run as a user would type
     * them (in a folder with the files they name) and succeed.
     */
    @TestFactory
    Stream<DynamicNode> everyHelpExample_runs(@TempDir Path scratch) throws IOException {
        Set<String> commands = new TreeSet<>();
        for (String language : List.of("en", "ja")) {
            Properties bundle = new Properties();
            try (var in = Files.newBufferedReader(Path.of("src/main/resources/dev/exoplan/messages_" + language
                    + ".properties"), UTF_8)) {
                bundle.load(in);
            }
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key).strip();
                if (key.matches("exoplan\\.\\w+\\.usage\\.footer\\.\\d+") && (value.startsWith("exoplan ")
                        || value.contains("| exoplan "))) {
                    commands.add(value);
                }
            }
        }
        assertTrue(commands.size() >= 10, "help examples found: " + commands);
        Path folder = Files.createDirectories(scratch.resolve("help"));
        Files.copy(Path.of("pricing.json"), folder.resolve("pricing.json"));
        Files.copy(Path.of("examples/one-clinic.json"), folder.resolve("my-clinic.json")); // a clinic's own sheet: one clinic
        Files.createDirectories(folder.resolve("clinics"));
        Files.copy(Path.of("pricing.json"), folder.resolve("clinics/sample.json"));
        Files.writeString(folder.resolve("requests.csv"), "goal,method,clinic,start\nskin,iv,sample-a,2027-01-04\n");
        return commands.stream().map(command -> DynamicTest.dynamicTest(command, () -> {
            Bash.Outcome o = Bash.run(folder, command, Map.of("LC_ALL", "C.UTF-8"));
            assertEquals(0, o.code(), command + ": " + o.err());
            assertEquals("", o.err(), command);
        }));
    }

    /** Whether {@code output} is {@code expected}, each {@code …} line standing for any number of lines. */
    static boolean matches(List<String> expected, String output) {
        StringBuilder regex = new StringBuilder();
        for (String line : expected) {
            regex.append(line.strip().equals("…") ? "(?:[^\\n]*\\n)*?" : Pattern.quote(line) + "\\n");
        }
        return Pattern.compile(regex.toString()).matcher(output).matches();
    }

    /** Runs an example in {@code folder} (made on first use, with the checkout's inputs linked in). */
    static void run(Path folder, Example e) throws IOException, InterruptedException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            for (String input : List.of("pricing.json", "examples", "schema")) {
                Files.createSymbolicLink(folder.resolve(input), Path.of(input).toAbsolutePath());
            }
        }
        String command = e.command().replace("java -jar target/exoplan.jar", "exoplan");
        Bash.Outcome o = Bash.run(folder, "{\n" + command + "\n} 2>&1", Map.of("LC_ALL", "C.UTF-8"));
        String where = e.file() + ":" + e.line() + ": $ " + e.command();
        String output = o.out();
        if (!matches(e.expected(), output)) {
            fail(where + "\nprints:\n" + output + "\nwhere the docs show:\n" + String.join("\n", e.expected()) + "\n");
        }
        assertEquals(e.code(), o.code(), where + ": exit code");
    }
}
