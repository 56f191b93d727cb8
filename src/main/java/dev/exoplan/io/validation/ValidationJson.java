package dev.exoplan.io.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.exoplan.core.check.Codes;
import dev.exoplan.core.sheet.Language;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.json.TextPosition;
import dev.exoplan.io.plan.PlanJson;
import dev.exoplan.io.sheet.SheetFinding;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validation findings for programs: exoplan's own JSON, or SARIF 2.1.0 for code-scanning tools. */
public final class ValidationJson {

    private ValidationJson() {
    }

    /**
     * {@code {"formatVersion", "files": [{"file", "valid", "errors", "warnings", "leftOut",
     * "findings": [{"severity", "code", "pointer", "line", "column", "message", "fix"}]}]}}; line and
     * column are absent when the file could not be read.
     */
    public static String json(List<FileValidation> files, Language language) {
        List<FileJson> out = files.stream().map(f -> new FileJson(f.file(), f.valid(), f.errors(), f.warnings(),
                f.leftOut(), f.shown().stream().map(x -> finding(x, language)).toList())).toList();
        return write(new RunJson(PlanJson.FORMAT_VERSION, out));
    }

    /** SARIF 2.1.0: one run of the tool "exoplan", a rule per code, a result per finding shown. */
    public static String sarif(List<FileValidation> files, String version, Language language) {
        Set<String> used = new LinkedHashSet<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (FileValidation file : files) {
            for (SheetFinding f : file.shown()) {
                used.add(f.finding().code());
                Map<String, Object> region = new LinkedHashMap<>();
                f.position().ifPresent(p -> {
                    region.put("startLine", p.line());
                    region.put("startColumn", p.column());
                });
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", Map.of("uri", uri(file.file())));
                if (!region.isEmpty()) {
                    physical.put("region", region);
                }
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("physicalLocation", physical);
                if (!f.finding().pointer().isEmpty()) {
                    location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", f.finding().pointer(),
                            "kind", "element")));
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ruleId", f.finding().code());
                result.put("level", f.finding().isError() ? "error" : "warning");
                result.put("message", Map.of("text", f.finding().message(language) + " — " + f.finding().fix(language)));
                result.put("locations", List.of(location));
                results.add(result);
            }
        }
        List<Map<String, Object>> rules = used.stream().map(code -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", code);
            rule.put("shortDescription", Map.of("text", Codes.all().getOrDefault(code, code)));
            rule.put("defaultConfiguration", Map.of("level", Codes.isError(code) ? "error" : "warning"));
            return rule;
        }).toList();
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "exoplan");
        driver.put("version", version);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);
        Map<String, Object> sarif = new LinkedHashMap<>();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        sarif.put("runs", List.of(run));
        return write(sarif);
    }

    /**
     * A file as a URI: an absolute path as a {@code file:} URI, a relative one as a URI reference
     * (spaces and non-ASCII escaped), standard input as "stdin".
     */
    private static String uri(String file) {
        if (file.equals("<stdin>")) {
            return "stdin";
        }
        try {
            Path path = Path.of(file);
            if (path.isAbsolute()) {
                return path.toUri().toASCIIString();
            }
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException | InvalidPathException e) {
            return file;
        }
    }

    private static FindingJson finding(SheetFinding f, Language language) {
        return new FindingJson(f.finding().severity().id(), f.finding().code(), f.finding().pointer(),
                f.position().map(TextPosition::line).orElse(null), f.position().map(TextPosition::column).orElse(null),
                f.finding().message(language), f.finding().fix(language));
    }

    private static String write(Object value) {
        try {
            return JsonOutput.MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    record RunJson(int formatVersion, List<FileJson> files) {
    }

    record FileJson(String file, boolean valid, int errors, int warnings, int leftOut, List<FindingJson> findings) {
    }

    record FindingJson(String severity, String code, String pointer, Integer line, Integer column, String message,
            String fix) {
    }
}
