package dev.exoplan.io.validation;

import dev.exoplan.core.check.Check;
import dev.exoplan.core.check.Codes;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.Message;
import dev.exoplan.core.text.Wording;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.json.LineNumber;
import dev.exoplan.io.sheet.SheetFinding;
import dev.exoplan.io.sheet.SkippedChecks;
import dev.exoplan.io.text.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validation findings for code-scanning tools, as SARIF 2.1.0 that GitHub code scanning takes whole:
 * every rule with its descriptions, help and the documentation of its code; the tool's version and
 * home; each result with a partial fingerprint; and a cut by {@code --max-findings} stated in the run.
 */
public final class ValidationSarif implements Renderer<ValidationReport> {

    /** exoplan's home, the tool's {@code informationUri}. */
    static final String INFORMATION_URI = "https://github.com/exoplan/exoplan";

    /** Where every code is explained, under a heading of its own: a rule's {@code helpUri} is this and its anchor. */
    static final String CODES_DOCUMENTED = INFORMATION_URI + "/blob/main/docs/clinics.md";

    /** The name of exoplan's partial fingerprint; its version changes whenever its recipe does. */
    static final String FINGERPRINT = "exoplanFinding/v1";

    /** Semantic Versioning 2.0.0: what {@code semanticVersion} may hold (a development build has none). */
    private static final Pattern SEMANTIC_VERSION = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

    private final Language language;
    private final String version;

    /** @param version exoplan's version, which SARIF names as the tool's */
    public ValidationSarif(Language language, String version) {
        this.language = language;
        this.version = version;
    }

    @Override
    public String render(ValidationReport report) {
        return sarif(report, version, new Texts(language));
    }

    /**
     * SARIF 2.1.0: one run of the tool "exoplan", a rule per code, a result per finding shown; the run's
     * invocation carries a notification (level note) per place where errors kept the article's checks
     * from running, and one (level warning) when {@code --max-findings} left findings out; the
     * run's properties count the files, errors, warnings, results and findings left out.
     */
    private static String sarif(ValidationReport report, String version, Texts texts) {
        List<FileValidation> files = report.files();
        Set<String> used = new LinkedHashSet<>();
        List<Map<String, Object>> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int errors = 0;
        int warnings = 0;
        int leftOut = 0;
        for (FileValidation file : files) {
            errors += file.errors();
            warnings += file.warnings();
            leftOut += file.leftOut();
            String uri = uri(file.file());
            for (SheetFinding f : file.shown()) {
                used.add(f.finding().code());
                Map<String, Object> region = new LinkedHashMap<>();
                f.position().ifPresent(p -> {
                    region.put("startLine", p.line());
                    region.put("startColumn", p.column());
                });
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", Map.of("uri", uri));
                if (!region.isEmpty()) {
                    physical.put("region", region);
                }
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("physicalLocation", physical);
                if (!f.finding().pointer().isEmpty()) {
                    location.put("logicalLocations", List.of(logical(f.finding().pointer())));
                }
                String hash = fingerprint(uri, f.finding());
                int occurrence = seen.merge(hash, 1, Integer::sum);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ruleId", f.finding().code());
                result.put("level", f.finding().isError() ? "error" : "warning");
                result.put("message", Map.of("text", f.finding().message(texts.language()) + " — "
                        + f.finding().fix(texts.language())));
                result.put("locations", List.of(location));
                result.put("partialFingerprints", Map.of(FINGERPRINT, hash + ":" + occurrence));
                results.add(result);
            }
        }
        List<Map<String, Object>> rules = used.stream().map(code -> rule(code, texts)).toList();
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "exoplan");
        driver.put("informationUri", INFORMATION_URI);
        driver.put("version", version);
        if (SEMANTIC_VERSION.matcher(version).matches()) {
            driver.put("semanticVersion", version);
        }
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        List<Map<String, Object>> notifications = new ArrayList<>(skipped(files, texts));
        if (leftOut > 0) {
            Map<String, Object> cut = new LinkedHashMap<>();
            cut.put("level", "warning");
            cut.put("message", Map.of("text", texts.get("validate.sarif.leftOut", leftOut, errors + warnings,
                    String.valueOf(report.maxFindings()))));
            notifications.add(cut);
        }
        if (!notifications.isEmpty()) {
            Map<String, Object> invocation = new LinkedHashMap<>();
            invocation.put("executionSuccessful", true);
            invocation.put("toolExecutionNotifications", notifications);
            run.put("invocations", List.of(invocation));
        }
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("files", files.size());
        counts.put("errors", errors);
        counts.put("warnings", warnings);
        counts.put("results", results.size());
        counts.put("leftOut", leftOut);
        counts.put("maxFindings", report.maxFindings());
        run.put("properties", counts);
        Map<String, Object> sarif = new LinkedHashMap<>();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        sarif.put("runs", List.of(run));
        return JsonOutput.document(sarif);
    }

    /**
     * A code as a SARIF rule: its one-line description, what it means, help (text and Markdown: the
     * meaning, the fix and where the code is documented), that place, and its level.
     */
    private static Map<String, Object> rule(String code, Texts texts) {
        String key = "code." + code.toLowerCase(Locale.ROOT);
        String meaning = texts.get(key + ".meaning");
        String fix = texts.get(key + ".fix");
        String help = CODES_DOCUMENTED + "#" + code.toLowerCase(Locale.ROOT);
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", code);
        rule.put("shortDescription", Map.of("text", texts.get(key)));
        rule.put("fullDescription", Map.of("text", meaning));
        Map<String, Object> helpText = new LinkedHashMap<>();
        helpText.put("text", texts.get("validate.sarif.help.text", meaning, fix, help));
        helpText.put("markdown", texts.get("validate.sarif.help.markdown", meaning, fix, code, help));
        rule.put("help", helpText);
        rule.put("helpUri", help);
        rule.put("defaultConfiguration", Map.of("level", Codes.isError(code) ? "error" : "warning"));
        return rule;
    }

    /**
     * A finding's partial fingerprint, the same however the file's lines move and different when the
     * finding changes: SHA-256, in lower-case hex, of the UTF-8 bytes of the artifact's URI, the code,
     * the JSON pointer and the finding's values, each followed by a NUL. Its values are the message's
     * key and then each of its arguments in English (U+001F between them), leaving out places (the
     * {@link LineNumber} of "first at line 4"); a message that is no key of the bundles (a parser's) is
     * its English text.
     * The same hash twice in one run (one file given twice, say) is told apart by {@code :1}, {@code :2} …
     * in the order the results come.
     */
    static String fingerprint(String uri, Finding finding) {
        StringBuilder text = new StringBuilder();
        for (String part : List.of(uri, finding.code(), finding.pointer(), values(finding.text()))) {
            text.append(part).append('\0');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String values(Wording wording) {
        if (!(wording instanceof Message message)) {
            return wording.in(Language.EN);
        }
        StringBuilder values = new StringBuilder(message.key());
        for (Object arg : message.args()) {
            if (arg instanceof LineNumber) {
                continue;
            }
            values.append('\u001f').append(arg instanceof Wording w ? values(w) : String.valueOf(arg));
        }
        return values.toString();
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
