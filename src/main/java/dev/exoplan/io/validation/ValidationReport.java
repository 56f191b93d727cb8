package dev.exoplan.io.validation;

import java.util.List;

/**
 * What {@code validate} shows: each file's outcome, and the cap on findings shown per run
 * ({@code --max-findings}), which the text names when it left some out.
 */
public record ValidationReport(List<FileValidation> files, int maxFindings) {

    public ValidationReport {
        files = List.copyOf(files);
    }
}
