package dev.exoplan.cli;

import static dev.exoplan.io.json.OutputSchemas.JSON;
import static dev.exoplan.io.json.OutputSchemas.assertRowsValid;
import static dev.exoplan.io.json.OutputSchemas.assertValid;
import static dev.exoplan.io.json.OutputSchemas.describe;
import static dev.exoplan.io.json.OutputSchemas.problems;
import static dev.exoplan.io.json.OutputSchemas.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.Installed;
import dev.exoplan.cli.Run.Result;
import dev.exoplan.io.json.OutputSchemas;
import dev.exoplan.io.json.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schemas of exoplan's JSON outputs ({@code schema/plan-v1.schema.json} and the others, printed by
 * {@code exoplan schema --of}): every field described; strict where a script would break (a field
 * missing or renamed, a wrong type, a date that is not one, a value outside an enum) and additive where
 * a later release adds a field; and every output the real commands write for every sheet of the
 * project, in both languages, valid by the closed schema (see {@link OutputSchemas}).
 */
class OutputSchemaTests {

    private static final List<Schema> OUTPUTS = List.of(Schema.PLAN, Schema.COMPARE, Schema.LIST, Schema.QUOTE,
            Schema.VALIDATE);

    // ---- the schemas themselves -----------------------------------------------------------------

    @Test
    void everyOutputSchema_describesItselfEveryFieldAndEveryDefinition() {
        for (Schema schema : OUTPUTS) {
            JsonNode tree = OutputSchemas.tree(schema);
            assertEquals("https://json-schema.org/draft/2020-12/schema", tree.path("$schema").asText(), schema.id());
            assertEquals("urn:exoplan:" + schema.id() + ":v1", tree.path("$id").asText(), schema.id());
            List<String> undescribed = new ArrayList<>();
            undescribed(tree, "", undescribed);
            assertEquals(List.of(), undescribed, schema.fileName() + ": fields without a description");
        }
    }

    /** The root, each property and each definition have a description. */
    private static void undescribed(JsonNode node, String path, List<String> undescribed) {
        if (path.isEmpty() && !node.hasNonNull("description")) {
            undescribed.add("/");
        }
        for (String group : List.of("properties", "$defs")) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.path(group).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path + "/" + group + "/" + field.getKey();
                if (!field.getValue().path("description").isTextual()
                        || field.getValue().path("description").asText().isBlank()) {
                    undescribed.add(at);
                }
                undescribed(field.getValue(), at, undescribed);
            }
        }
        if (node.path("additionalProperties").isObject()) {
            undescribed(node.path("additionalProperties"), path + "/additionalProperties", undescribed);
        }
        if (node.path("items").isObject()) {
            undescribed(node.path("items"), path + "/items", undescribed);
        }
    }

    @Test
    void noOutputSchema_closesAnObject_soThatAFieldAddedLaterStaysValid() {
        for (Schema schema : OUTPUTS) {
            String text = OutputSchemas.tree(schema).toString();
            assertFalse(text.contains("\"additionalProperties\":false"), schema.fileName());
            assertFalse(text.contains("\"unevaluatedProperties\""), schema.fileName());
        }
    }

    @Test
    void everyOutputSchema_isEmbeddedInTheJarAsPublished() throws IOException {
        for (Schema schema : OUTPUTS) {
            assertEquals(Files.readString(OutputSchemas.file(schema)), schema.text(), schema.fileName());
        }
    }

    // ---- in ajv, a second validator, strictly (where Node is) ------------------------------------

    /** ajv-cli 5 with ajv-formats 3, from npm (.ci/run installs them here; the sheet schema's test uses the same). */
    private static final Path AJV = Path.of("target/ajv/node_modules/ajv-cli/dist/index.js");

    /** Skips, saying why, where node or ajv is missing; under CI=true (where .ci/run installs them) fails instead. */
    private static void assumeAjv() {
        boolean installed = Installed.runs("node") && Files.isRegularFile(AJV)
                && Files.isDirectory(Path.of("target/ajv/node_modules/ajv-formats"));
        String missing = "node, or ajv-cli and ajv-formats in target/ajv, is missing: the schemas are not checked by ajv"
                + " (.ci/run installs them: npm install --prefix target/ajv ajv-cli@5 ajv-formats@3)";
        Installed.require(installed, missing);
    }

    /** ajv's exit code, standard output and standard error, in one. */
    private static Result ajv(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", AJV.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--spec=draft2020", "--strict=true", "-c", "ajv-formats"));
        Path err = Files.createTempFile("ajv", ".err");
        try {
            Process ajv = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(ajv.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = ajv.waitFor();
            return new Result(code, out, Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    @Test
    void everyOutputSchema_compilesInAjvStrictModeWithoutAWarning() throws IOException, InterruptedException {
        assumeAjv();
        for (Schema schema : OUTPUTS) {
            Result result = ajv("compile", "-s", OutputSchemas.file(schema).toString());

            assertEquals(0, result.code(), schema.fileName() + ": " + result.out() + result.err());
            assertEquals("schema " + OutputSchemas.file(schema) + " is valid\n", result.out());
            assertEquals("", result.err(), schema.fileName());
        }
    }

    @Test
    void whatExoplanWrites_isValidInAjvStrictMode(@TempDir Path dir) throws IOException, InterruptedException {
        assumeAjv();
        Map<Schema, List<List<String>>> runs = Map.of(
                Schema.PLAN, List.of(List.of("plan", "--pricing", "examples/course-clinic.json", "--goal", "fatigue",
                        "--method", "iv", "--clinic", "course-clinic", "--budget", "600000", "--display-currency",
                        "USD", "--rate", "0.0067", "--format", "json"),
                        List.of("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--lang", "ja",
                                "--format", "json"),
                        List.of("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--pay-in", "24",
                                "--format", "json"),
                        List.of("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--apr", "15%",
                                "--pay-in", "2", "--format", "json")),
                Schema.COMPARE, List.of(List.of("compare", "--goal", "hair", "--budget", "700000", "--format", "json"),
                        List.of("compare", "--pricing", "examples/course-clinic.json", "--goal", "fatigue", "--format",
                                "json")),
                Schema.LIST, List.of(List.of("list", "--pricing", "examples/course-clinic.json", "--format", "json"),
                        List.of("goals", "--format", "json")),
                Schema.QUOTE, List.of(List.of("quote", "--pricing", "examples/course-clinic.json", "--format", "json"),
                        List.of("quote", "--goal", "skin", "--pay-in", "24", "--format", "json")),
                Schema.VALIDATE, List.of(List.of("validate", "--format", "json", "pricing.json",
                        "src/test/resources/sheets/hostile-errors.json", "no-such-sheet.json")));
        for (Map.Entry<Schema, List<List<String>>> run : runs.entrySet()) {
            List<List<String>> commands = run.getValue();
            for (int i = 0; i < commands.size(); i++) {
                Result output = Run.exoplan(commands.get(i).toArray(String[]::new));
                Path data = dir.resolve(run.getKey().id() + "-" + i + ".json");
                Files.writeString(data, output.out(), StandardCharsets.UTF_8);

                Result result = ajv("validate", "-s", OutputSchemas.file(run.getKey()).toString(), "-d", data.toString());

                assertEquals(0, result.code(), commands.get(i) + ": " + result.out() + result.err());
            }
        }
        Path row = dir.resolve("row.schema.json");
        Files.writeString(row, "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", "
                + "\"$ref\": \"urn:exoplan:quote:v1#/$defs/row\"}");
        List<String> lines = Run.exoplan("quote", "--pricing", "examples/course-clinic.json", "--format", "jsonl")
                .out().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Path data = dir.resolve("row-" + i + ".json");
            Files.writeString(data, lines.get(i), StandardCharsets.UTF_8);

            Result result = ajv("validate", "-s", row.toString(), "-r", OutputSchemas.file(Schema.QUOTE).toString(),
                    "-d", data.toString());

            assertEquals(0, result.code(), lines.get(i) + ": " + result.out() + result.err());
        }
    }

    // ---- strict where a script would break, additive where a field is added ----------------------

    @Test
    void planWithAFieldAddedAtTheTopAndInAVisit_isStillValid() throws IOException {
        ObjectNode plan = plan();
        plan.put("addedLater", "a field of version 1.1");
        ((ObjectNode) plan.at("/scenarios/typical/visits/0")).put("room", 3);

        assertEquals(Set.of(), problems(published(Schema.PLAN), plan.toString()));
    }

    @Test
    void planWithAFieldTheSchemaDoesNotDescribe_isRefusedByTheClosedSchemaTheOutputsAreHeldTo() throws IOException {
        ObjectNode plan = plan();
        ((ObjectNode) plan.at("/scenarios/typical/visits/0")).put("room", 3);

        assertTrue(problems(OutputSchemas.closed(Schema.PLAN), plan.toString()).stream()
                .anyMatch(m -> "additionalProperties".equals(m.getType())
                        && "/scenarios/typical/visits/0".equals(m.getInstanceLocation().toString())));
    }

    @Test
    void planWithARenamedTotal_isInvalid() throws IOException {
        ObjectNode plan = plan();
        ObjectNode typical = (ObjectNode) plan.at("/scenarios/typical");
        typical.set("totalAmount", typical.remove("total"));

        assertInvalid(Schema.PLAN, plan, "required", "/scenarios/typical");
    }

    @Test
    void planWithMonthsAsText_isInvalid() throws IOException {
        ObjectNode plan = plan();
        plan.put("months", "12");

        assertInvalid(Schema.PLAN, plan, "type", "/months");
    }

    @Test
    void planWithAnAmountAsText_isInvalid() throws IOException {
        ObjectNode plan = plan();
        ((ObjectNode) plan.at("/scenarios/high")).put("total", "1505500");

        assertInvalid(Schema.PLAN, plan, "type", "/scenarios/high/total");
    }

    @Test
    void planWithADateThatIsNotOne_isInvalid() throws IOException {
        ObjectNode plan = plan();
        plan.put("start", "2027-02-30");
        ((ArrayNode) plan.at("/scenarios/low/dates")).set(0, JSON.getNodeFactory().textNode("4 Jan 2027"));

        assertInvalid(Schema.PLAN, plan, "format", "/start");
        assertInvalid(Schema.PLAN, plan, "format", "/scenarios/low/dates/0");
    }

    @Test
    void planWithAnUnknownPhase_isInvalid() throws IOException {
        ObjectNode plan = plan();
        ((ObjectNode) plan.at("/scenarios/typical/visits/0")).put("phase", "first");

        assertInvalid(Schema.PLAN, plan, "enum", "/scenarios/typical/visits/0/phase");
    }

    @Test
    void quoteRowWithAnIdThatIsAStringAWholeNumberOrNull_isValid_andAFractionIsNot() throws IOException {
        ObjectNode row = (ObjectNode) JSON.readTree(Run.exoplan("quote", "--format", "json").out()).get(0);
        for (JsonNode id : List.of(JSON.getNodeFactory().textNode("a-1"), JSON.getNodeFactory().numberNode(7),
                JSON.getNodeFactory().nullNode())) {
            row.put("request", 1).set("id", id);
            assertEquals(Set.of(), problems(published(Schema.QUOTE), "[" + row + "]"), id.toString());
        }
        row.put("id", 1.5);

        assertFalse(problems(published(Schema.QUOTE), "[" + row + "]").isEmpty());
    }

    @Test
    void quoteRowWithPrepaid_isValid_andAPrepaidAsTextIsNot() throws IOException {
        ObjectNode row = (ObjectNode) JSON.readTree(Run.exoplan("quote", "--format", "json").out()).get(0);
        row.put("prepaid", 0);
        assertEquals(Set.of(), problems(published(Schema.QUOTE), "[" + row + "]"));

        row.put("prepaid", "0");
        assertInvalid(Schema.QUOTE, JSON.createArrayNode().add(row), "type", "/0/prepaid");
    }

    @Test
    void quoteRowWithTheTotalOnInstalments_isValid_andOneAsTextIsNot() throws IOException {
        ObjectNode row = (ObjectNode) JSON.readTree(Run.exoplan("quote", "--clinic", "sample-c", "--goal", "skin",
                "--pay-in", "24", "--format", "json").out()).get(0);
        assertEquals(Set.of(), problems(published(Schema.QUOTE), "[" + row + "]"));

        row.put("total_with_financing_typical", "614523");
        assertInvalid(Schema.QUOTE, JSON.createArrayNode().add(row), "type", "/0/total_with_financing_typical");
    }

    @Test
    void compareWithRankZero_isInvalid() throws IOException {
        JsonNode compare = JSON.readTree(Run.exoplan("compare", "--goal", "hair", "--format", "json").out());
        ((ObjectNode) compare.at("/options/0")).put("rank", 0);

        assertInvalid(Schema.COMPARE, compare, "minimum", "/options/0/rank");
    }

    @Test
    void validateWithASeverityOfInfo_isInvalid() throws IOException {
        JsonNode run = JSON.readTree(Run.exoplan("validate", "--format", "json",
                "src/test/resources/sheets/findings/W-CHEAP.json").out());
        ((ObjectNode) run.at("/files/0/findings/0")).put("severity", "info");

        assertInvalid(Schema.VALIDATE, run, "enum", "/files/0/findings/0/severity");
    }

    private static ObjectNode plan() throws IOException {
        Result result = Run.exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a",
                "--start", "2027-01-04", "--format", "json");
        assertEquals(0, result.code(), result.err());
        return (ObjectNode) JSON.readTree(result.out());
    }

    /** @param at the JSON pointer of the place the message names */
    private static void assertInvalid(Schema schema, JsonNode output, String type, String at) {
        var messages = problems(published(schema), output.toString());
        assertTrue(messages.stream().anyMatch(m -> type.equals(m.getType())
                        && at.equals(m.getInstanceLocation().toString())),
                () -> "no " + type + " message at " + at + ":\n" + describe(messages));
    }

    // ---- every output of every sheet -------------------------------------------------------------

    /** The sheets of the project that exoplan plans with (warnings allowed); null is the built-in one. */
    private static List<Path> sheets() throws IOException {
        List<Path> sheets = new ArrayList<>();
        sheets.add(null);
        sheets.add(Path.of("examples/course-clinic.json"));
        for (String folder : List.of("src/test/resources/sheets", "src/test/resources/quote",
                "src/test/resources/sheets/findings")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(sheets::add);
            }
        }
        return sheets;
    }

    private static List<String> with(Path sheet, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (sheet != null) {
            all.add("--pricing");
            all.add(sheet.toString());
        }
        return all;
    }

    private static String ok(List<String> args) {
        Result result = Run.exoplan(args.toArray(String[]::new));
        assertEquals(0, result.code(), () -> String.join(" ", args) + ": " + result.err());
        return result.out();
    }

    @TestFactory
    Stream<DynamicTest> everySheet_everyJsonOutput_matchesItsSchema() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sheet : sheets()) {
            String name = sheet == null ? "built-in pricing.json" : sheet.toString();
            Result quote = Run.exoplan(with(sheet, "quote", "--format", "json").toArray(String[]::new));
            if (quote.code() != 0) {
                continue; // a sheet with errors: validate's outputs below
            }
            tests.add(DynamicTest.dynamicTest(name, () -> everyOutput(sheet, quote.out())));
        }
        assertTrue(tests.size() >= 10, "too few usable sheets: " + tests.size());
        return tests.stream();
    }

    private static void everyOutput(Path sheet, String quoteJson) throws IOException {
        for (String lang : List.of("en", "ja")) {
            assertValid(Schema.LIST, ok(with(sheet, "list", "--format", "json", "--lang", lang)), "list " + lang);
        }
        assertValid(Schema.LIST, ok(with(sheet, "goals", "--format", "json")), "goals");
        assertValid(Schema.LIST, ok(with(sheet, "methods", "--format", "json")), "methods");
        assertValid(Schema.QUOTE, quoteJson, "quote json");
        assertValid(Schema.QUOTE, ok(with(sheet, "quote", "--format", "json", "--lang", "ja", "--months", "36")),
                "quote json ja");
        assertRowsValid(ok(with(sheet, "quote", "--format", "jsonl")), "quote jsonl");

        JsonNode listing = JSON.readTree(ok(with(sheet, "list", "--format", "json")));
        String currency = listing.get("currency").asText();
        JsonNode rows = JSON.readTree(quoteJson);
        for (int i = 0; i < rows.size() && i < 40; i++) {
            JsonNode row = rows.get(i);
            List<String> args = with(sheet, "plan", "--format", "json", "--goal", row.get("goal").asText(),
                    "--method", row.get("method").asText(), "--clinic", row.get("clinic").asText(),
                    "--start", row.get("start").asText());
            switch (i % 4) {
                case 0 -> args.addAll(List.of("--budget", row.get("total_typical").asText()));
                case 1 -> args.addAll(List.of("--display-currency", currency.equals("EUR") ? "USD" : "EUR",
                        "--rate", "0.0067"));
                case 2 -> args.addAll(List.of("--no-caveats", "--lang", "ja", "--months", "30"));
                default -> args.addAll(List.of("--budget", row.get("total_low").asText(), "--months", "6"));
            }
            assertValid(Schema.PLAN, ok(args), String.join(" ", args));
        }
        for (JsonNode clinic : listing.path("clinics")) {
            for (Iterator<Map.Entry<String, JsonNode>> prices = clinic.get("prices").fields(); prices.hasNext(); ) {
                Map.Entry<String, JsonNode> price = prices.next();
                for (JsonNode variant : price.getValue().path("variants")) {
                    for (JsonNode goal : listing.get("goals")) {
                        if (!goal.toString().contains("\"" + price.getKey() + "\"")) {
                            continue;
                        }
                        List<String> args = with(sheet, "plan", "--format", "json", "--goal", goal.get("id").asText(),
                                "--method", price.getKey(), "--clinic", clinic.get("id").asText(),
                                "--variant", variant.get("id").asText(), "--budget", "100000");
                        assertValid(Schema.PLAN, ok(args), String.join(" ", args));
                        List<String> compare = with(sheet, "compare", "--format", "json", "--goal",
                                goal.get("id").asText(), "--variant", variant.get("id").asText());
                        assertValid(Schema.COMPARE, ok(compare), String.join(" ", compare));
                    }
                }
            }
        }
        for (JsonNode goal : listing.get("goals")) {
            String id = goal.get("id").asText();
            assertValid(Schema.COMPARE, ok(with(sheet, "compare", "--format", "json", "--goal", id)), "compare " + id);
            assertValid(Schema.COMPARE, ok(with(sheet, "compare", "--format", "json", "--goal", id, "--lang", "ja",
                    "--budget", rows.isEmpty() ? "100000" : rows.get(0).get("total_typical").asText(), "--months", "24")),
                    "compare --budget " + id);
        }
    }

    @Test
    void quoteOfARequestFile_withIdsAndWithout_matchesTheQuoteSchema(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("requests.jsonl");
        Files.writeString(jsonl, """
                {"goal": "skin", "method": "iv", "clinic": "dose-clinic", "variant": "2cc", "id": "a-1"}
                {"goal": "skin", "method": "iv", "clinic": "course-clinic", "id": 2}
                {"goal": "fatigue", "method": "iv", "clinic": "course-clinic", "start": "2027-03-01", "months": 24}
                """, StandardCharsets.UTF_8);
        Path csv = dir.resolve("requests.csv");
        Files.writeString(csv, "goal,method,clinic,id\nskin,iv,course-clinic,x\nskin,iv,dose-clinic,\n",
                StandardCharsets.UTF_8);
        for (Path requests : List.of(jsonl, csv)) {
            List<String> args = List.of("quote", "--pricing", "examples/course-clinic.json", "--requests",
                    requests.toString(), "--start", "2027-01-04");
            List<String> json = new ArrayList<>(args);
            json.addAll(List.of("--format", "json"));
            String out = ok(json);
            assertValid(Schema.QUOTE, out, String.join(" ", json));
            assertTrue(out.contains("\"id\""), out);
            List<String> lines = new ArrayList<>(args);
            lines.addAll(List.of("--format", "jsonl"));
            assertRowsValid(ok(lines), String.join(" ", lines));
        }
    }

    @Test
    void validateOfEverySheet_inBothLanguagesAndCut_matchesTheValidateSchema() throws IOException {
        List<String> files = new ArrayList<>();
        for (Path sheet : sheets()) {
            if (sheet != null) {
                files.add(sheet.toString());
            }
        }
        files.add("src/test/resources/sheets/hostile-errors.json");
        files.add("no-such-sheet.json");
        for (List<String> options : List.of(List.of("--lang", "en"), List.of("--lang", "ja", "--max-findings", "0"),
                List.of("--max-findings", "3", "--strict"))) {
            List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
            args.addAll(options);
            args.addAll(files);
            Result result = Run.exoplan(args.toArray(String[]::new));
            assertEquals(1, result.code(), result.err());
            assertValid(Schema.VALIDATE, result.out(), "validate " + options);
        }
        assertValid(Schema.VALIDATE, ok(List.of("validate", "--format", "json", "pricing.json")), "validate pricing.json");
    }
}
