package dev.exoplan.io.validation;

import dev.exoplan.core.check.Check;
import dev.exoplan.core.check.Codes;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.sheet.SheetFinding;
import dev.exoplan.io.sheet.SkippedChecks;
import dev.exoplan.io.text.Texts;
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
import java.util.stream.Collectors;

/** Validation findings for code-scanning tools, as SARIF 2.1.0. */
public final class ValidationSarif implements Renderer<ValidationReport> {

    private final Language language;
    private final String version;

    /** @param version exoplan's version, which SARIF names as the tool's */
    public ValidationSarif(Language language, String version) {
        this.language = language;
        this.version = version;
    }

    @Override
    public String render(ValidationReport report) {
        return sarif(report.files(), version, language);
    }

    /**
     * SARIF 2.1.0: one run of the tool "exoplan", a rule per code, a result per finding shown; where
     * errors kept the article's checks from running somewhere, the run's invocation carries one
     * notification (level note) per such place, naming it and the checks.
     */
    private static String sarif(List<FileValidation> files, String version, Language language) {
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
                    location.put("logicalLocations", List.of(logical(f.finding().pointer())));
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
        List<Map<String, Object>> notifications = skipped(files, new Texts(language));
        if (!notifications.isEmpty()) {
            Map<String, Object> invocation = new LinkedHashMap<>();
            invocation.put("executionSuccessful", true);
            invocation.put("toolExecutionNotifications", notifications);
            run.put("invocations", List.of(invocation));
        }
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);
        Map<String, Object> sarif = new LinkedHashMap<>();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        sarif.put("runs", List.of(run));
        return JsonOutput.document(sarif);
    }

    /** {@code /clinics/1: not checked because of errors there: cheap, offers}, as SARIF notifications. */
    private static List<Map<String, Object>> skipped(List<FileValidation> files, Texts texts) {
        List<Map<String, Object>> notifications = new ArrayList<>();
        for (FileValidation file : files) {
            for (SkippedChecks skip : file.skipped()) {
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("physicalLocation", Map.of("artifactLocation", Map.of("uri", uri(file.file()))));
                if (!skip.pointer().isEmpty()) {
                    location.put("logicalLocations", List.of(logical(skip.pointer())));
                }
                Map<String, Object> notification = new LinkedHashMap<>();
                notification.put("level", "note");
                notification.put("message", Map.of("text", texts.get("validate.skipped", skip.pointer(),
                        skip.checks().stream().map(Check::id).collect(Collectors.joining(", ")), "")));
                notification.put("locations", List.of(location));
                notifications.add(notification);
            }
        }
        return notifications;
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

    /**
     * A logical location: the finding's JSON pointer, then its kind, in that order in every run (a
     * {@code Map.of} of two entries iterates in an order that changes from one run of the JVM to the next).
     */
    private static Map<String, Object> logical(String pointer) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("fullyQualifiedName", pointer);
        location.put("kind", "element");
        return location;
    }
}
