package dev.exoplan.io.validation;

import dev.exoplan.io.sheet.SheetFinding;
import dev.exoplan.io.sheet.SkippedChecks;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of validating one file: the findings shown (the run's cap may leave some out), how
 * many errors and warnings there were in all, and the text of the lines that have a shown finding
 * (for excerpts; empty when not asked for or not readable); and where the article's checks could not
 * run because of errors there ({@code skipped}, the first few; {@code skippedLeftOut} more not kept).
 */
public record FileValidation(String file, List<SheetFinding> shown, int errors, int warnings, int leftOut,
        Map<Integer, String> lines, List<SkippedChecks> skipped, int skippedLeftOut) {

    public FileValidation {
        Objects.requireNonNull(file, "file");
        shown = List.copyOf(shown);
        lines = Map.copyOf(lines);
        skipped = List.copyOf(skipped);
    }

    /** A file where every check ran. */
    public FileValidation(String file, List<SheetFinding> shown, int errors, int warnings, int leftOut,
            Map<Integer, String> lines) {
        this(file, shown, errors, warnings, leftOut, lines, List.of(), 0);
    }

    /** Valid when it has no error (warnings allowed). */
    public boolean valid() {
        return errors == 0;
    }
}
