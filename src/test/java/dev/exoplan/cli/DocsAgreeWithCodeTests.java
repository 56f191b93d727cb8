package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.core.check.Check;
import dev.exoplan.core.check.Codes;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * The docs say what the code does: every finding code, check, exit code, option, JSON field, CSV
 * column and package has its line, so that adding one without documenting it fails here.
 */
class DocsAgreeWithCodeTests {

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    /**
     * Every word inside a code span of README.md and docs/ ({@code `options[]`} names {@code options},
     * {@code `rank, clinic`} names both): what the docs name as code.
     */
    private static Set<String> codeWords() throws IOException {
        Set<String> words = new TreeSet<>();
        String prose = allDocs().replaceAll("(?ms)^```.*?^```$", ""); // code spans, not fenced blocks
        java.util.regex.Matcher span = java.util.regex.Pattern.compile("`((?:[^`\\n]|\\n(?!\\n))+)`").matcher(prose);
        while (span.find()) {
            words.addAll(List.of(span.group(1).split("[^A-Za-z0-9_-]+")));
        }
        return words;
    }

    /** README.md and every page of docs/, as one text. */
    private static String allDocs() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : DocExamplesTests.documents()) {
            all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
        return all.toString();
    }

    @Test
    void everyFindingCode_hasItsEntryUnderValidationCodes_withItsSeverity() throws IOException {
        // The entry's heading is the anchor a SARIF rule's helpUri points at (docs/clinics.md#e-enum).
        String clinics = read("docs/clinics.md");
        for (String code : Codes.all().keySet()) {
            assertTrue(clinics.contains("\n### " + code + "\n\n" + (Codes.isError(code) ? "Error: " : "Warning: ")),
                    "docs/clinics.md lacks the entry of " + code);
        }
    }

    @Test
    void everyCheck_isListedWithItsCodes() throws IOException {
        String clinics = read("docs/clinics.md");
        for (Check check : Check.values()) {
            String codes = String.join(", ", check.codes().stream().map(c -> "`" + c + "`").toList());
            assertTrue(clinics.contains("| `" + check.id() + "` | " + codes + " |"),
                    "docs/clinics.md lacks check " + check.id());
        }
    }

    @Test
    void everyExitCode_hasARowInTheScriptsTable() throws Exception {
        String scripts = read("docs/scripts.md");
        List<Integer> codes = new ArrayList<>();
        for (Field field : ExitCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                codes.add(field.getInt(null));
            }
        }
        codes.add(130); // Ctrl-C, as the shell counts it: the JVM's, not a constant of exoplan's
        assertEquals(5, codes.size(), "0, 1, 2, 70 and 130");
        for (int code : codes) {
            assertTrue(scripts.contains("\n| " + code + " | "), "docs/scripts.md lacks exit code " + code);
        }
    }

    @Test
    void everyOptionOfEveryCommand_isDocumented() throws IOException {
        String docs = allDocs();
        Environment environment = new Environment(Run.TODAY, java.util.Map.of(),
                new java.io.ByteArrayInputStream(new byte[0]), java.util.Locale.US, false, false);
        CommandLine root = Cli.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), environment);
        Set<String> missing = new TreeSet<>();
        List<CommandLine> commands = new ArrayList<>(List.of(root));
        commands.addAll(root.getSubcommands().values());
        for (CommandLine command : commands) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.hidden()) {
                    continue;
                }
                String name = option.longestName();
                if (!docs.contains("`" + name) && !docs.contains(name + " ") && !docs.contains(name + "`")) {
                    missing.add(command.getCommandName() + " " + name);
                }
            }
        }
        assertEquals(Set.of(), missing, "options the docs never name");
    }

    /**
     * Each command's section in the docs opens with its synopsis, a fenced block that names every
     * option the command has (the plan synopsis once lacked --contract-date).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docs/patients.md list", "docs/patients.md plan", "docs/patients.md compare",
        "docs/scripts.md quote", "docs/clinics.md validate"})
    void eachCommandsSynopsis_namesEveryOption(String where) throws IOException {
        String[] parts = where.split(" ");
        String doc = read(parts[0]);
        int section = doc.indexOf("\n## `exoplan " + parts[1] + "`");
        assertTrue(section >= 0, parts[0] + " has a section for " + parts[1]);
        int open = doc.indexOf("\n```\n", section);
        String synopsis = doc.substring(open + 5, doc.indexOf("\n```", open + 5));
        assertTrue(synopsis.startsWith("exoplan " + parts[1] + " "), synopsis);
        Environment environment = new Environment(Run.TODAY, java.util.Map.of(),
                new java.io.ByteArrayInputStream(new byte[0]), java.util.Locale.US, false, false);
        CommandLine command = Cli.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), environment).getSubcommands().get(parts[1]);
        Set<String> missing = new TreeSet<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (!option.hidden() && !option.usageHelp() && !option.versionHelp()
                    && !option.longestName().equals("--stacktrace") && !synopsis.contains(option.longestName())) {
                missing.add(option.longestName());
            }
        }
        assertEquals(Set.of(), missing, "options the synopsis of " + parts[1] + " leaves out");
    }

    @Test
    void everyPropertyOfTheSheetSchema_isNamedInTheClinicsGuide() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(read("schema/pricing-v1.schema.json"));
        Set<String> properties = new TreeSet<>();
        collectProperties(schema, properties);
        String clinics = read("docs/clinics.md") + read("docs/patients.md");
        Set<String> missing = new TreeSet<>();
        for (String property : properties) {
            if (!clinics.contains("`" + property + "`") && !clinics.contains("`" + property + ".")
                    && !clinics.contains("." + property + "`") && !clinics.contains("\"" + property + "\"")) {
                missing.add(property);
            }
        }
        assertEquals(Set.of(), missing, "sheet fields the clinics' guide never names");
    }

    private static void collectProperties(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(into::add);
            }
            node.forEach(child -> collectProperties(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> collectProperties(child, into));
        }
    }

    /** GitHub's anchor of a heading: lower case, code marks and punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(java.util.Locale.ROOT).replace("`", "")
                .replaceAll("[^\\p{L}\\p{N}\\- _]", "").replace(' ', '-');
    }

    @Test
    void everyLinkBetweenTheDocs_reachesAFileAndAHeadingThatExist() throws IOException {
        List<Path> documents = new ArrayList<>(DocExamplesTests.documents());
        documents.add(Path.of("ARCHITECTURE.md"));
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\(([^)\\s]+)\\)");
        Set<String> broken = new TreeSet<>();
        for (Path document : documents) {
            String text = Files.readString(document, StandardCharsets.UTF_8).replaceAll("(?ms)^```.*?^```$", "");
            java.util.regex.Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // a web address: not checked here (no network in the tests)
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path linked = file.isEmpty() ? document : document.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(linked)) {
                    broken.add(document + ": " + target + " (no such file)");
                    continue;
                }
                if (target.contains("#")) {
                    String wanted = target.substring(target.indexOf('#') + 1);
                    boolean found = Files.readString(linked, StandardCharsets.UTF_8).lines()
                            .filter(l -> l.matches("#{1,6} .*"))
                            .anyMatch(l -> anchor(l.replaceFirst("#+ ", "")).equals(wanted));
                    if (!found) {
                        broken.add(document + ": " + target + " (no such heading)");
                    }
                }
            }
        }
        assertEquals(Set.of(), broken, "links that lead nowhere");
    }

    @Test
    void everyPackage_isOnTheArchitecturePage() throws IOException {
        String architecture = read("ARCHITECTURE.md");
        Path root = Path.of("src/main/java/dev/exoplan");
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.equals(root)).toList()) {
                String name = root.relativize(dir).toString().replace('/', '.');
                assertTrue(architecture.contains("`" + name + "`") || architecture.contains("dev.exoplan." + name),
                        "ARCHITECTURE.md does not name the package " + name);
            }
        }
    }

    /** Every field name of a JSON document, at any depth (map keys under "prices" and "scenarios" too). */
    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                names.add(name);
                names.addAll(fields(node.get(name)));
            }
        } else if (node.isArray()) {
            node.forEach(n -> names.addAll(fields(n)));
        }
        return names;
    }

    /** Names that are data, not fields: scenario, method and clinic ids used as keys. */
    private static final Set<String> DATA_KEYS = Set.of("low", "typical", "high", "iv", "injection", "combined",
            "microneedling");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "plan --goal skin --method iv --clinic sample-c --start 2027-01-04 --budget 400000 --format json "
                + "--display-currency USD --rate 0.0066",
        "plan --pricing examples/course-clinic.json --goal skin --method iv --clinic dose-clinic --variant 2cc "
                + "--start 2027-01-04 --format json",
        "compare --goal skin --start 2027-01-04 --budget 600000 --format json",
        "list --format json",
        "list --pricing examples/course-clinic.json --format json",
        "quote --clinic sample-c --goal skin --start 2027-01-04 --format json",
        "quote --pricing examples/course-clinic.json --clinic dose-clinic --goal skin --start 2027-01-04 --format json",
        "validate examples/broken/pricing.json --format json",
    })
    void everyJsonField_isNamedInTheDocs(String command) throws IOException {
        Run.Result r = exoplan(command.split(" "));
        assertTrue(r.out().startsWith("{") || r.out().startsWith("["), r.err());
        Set<String> named = codeWords();
        Set<String> missing = new TreeSet<>();
        for (String field : fields(new ObjectMapper().readTree(r.out()))) {
            if (!DATA_KEYS.contains(field) && !named.contains(field)) {
                missing.add(field);
            }
        }
        assertEquals(Set.of(), missing, "fields of `" + command + "` the docs never name");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "quote --clinic sample-c --goal skin --start 2027-01-04",
        "quote --pricing examples/course-clinic.json --clinic dose-clinic --goal skin --start 2027-01-04",
        "compare --goal skin --start 2027-01-04 --format csv",
    })
    void everyCsvColumn_isNamedInTheDocs(String command) throws IOException {
        Run.Result r = exoplan(command.split(" "));
        assertEquals(0, r.code(), r.err());
        Set<String> named = codeWords();
        Set<String> missing = new TreeSet<>();
        for (String column : r.out().lines().findFirst().orElseThrow().split(",")) {
            if (!named.contains(column)) {
                missing.add(column);
            }
        }
        assertEquals(Set.of(), missing, "columns of `" + command + "` the docs never name");
    }
}
