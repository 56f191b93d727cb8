package dev.exoplan.io.validation;

import dev.exoplan.core.check.Check;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.json.TextPosition;
import dev.exoplan.io.plan.PlanJson;
import dev.exoplan.io.sheet.SheetFinding;
import java.util.List;

/** Validation findings for programs, in exoplan's own JSON ({@link ValidationSarif} for code-scanning tools). */
public final class ValidationJson implements Renderer<ValidationReport> {

    private final Language language;

    public ValidationJson(Language language) {
        this.language = language;
    }

    @Override
    public String render(ValidationReport report) {
        return json(report.files(), language);
    }

    /**
     * {@code {"formatVersion", "files": [{"file", "valid", "errors", "warnings", "leftOut",
     * "findings": [{"severity", "code", "pointer", "line", "column", "message", "fix"}],
     * "skipped": [{"pointer", "checks"}], "skippedLeftOut"}]}}; line and column are absent when the
     * file could not be read; {@code skipped} (the places where errors kept the article's checks from
     * running, and their ids) only when some were, {@code skippedLeftOut} only when more places were
     * than are named.
     */
    private static String json(List<FileValidation> files, Language language) {
        List<FileJson> out = files.stream().map(f -> new FileJson(f.file(), f.valid(), f.errors(), f.warnings(),
                f.leftOut(), f.shown().stream().map(x -> finding(x, language)).toList(),
                f.skipped().isEmpty() ? null : f.skipped().stream()
                        .map(s -> new SkippedJson(s.pointer(), s.checks().stream().map(Check::id).toList())).toList(),
                f.skippedLeftOut() > 0 ? f.skippedLeftOut() : null)).toList();
        return JsonOutput.document(new RunJson(PlanJson.FORMAT_VERSION, out));
    }

    private static FindingJson finding(SheetFinding f, Language language) {
        return new FindingJson(f.finding().severity().id(), f.finding().code(), f.finding().pointer(),
                f.position().map(TextPosition::line).orElse(null), f.position().map(TextPosition::column).orElse(null),
                f.finding().message(language), f.finding().fix(language));
    }

    record RunJson(int formatVersion, List<FileJson> files) {
    }

    record FileJson(String file, boolean valid, int errors, int warnings, int leftOut, List<FindingJson> findings,
            List<SkippedJson> skipped, Integer skippedLeftOut) {
    }

    record SkippedJson(String pointer, List<String> checks) {
    }

    record FindingJson(String severity, String code, String pointer, Integer line, Integer column, String message,
            String fix) {
    }
}
