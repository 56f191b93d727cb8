package dev.exoplan.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating one file: the findings shown (the run's cap may leave some out), how
 * many errors and warnings there were in all, and the file's text for excerpts when it was readable.
 */
public record FileValidation(String file, List<SheetFinding> shown, int errors, int warnings, int leftOut,
        Optional<String> text) {

    public FileValidation {
        Objects.requireNonNull(file, "file");
        shown = List.copyOf(shown);
        Objects.requireNonNull(text, "text");
    }

    /** Valid when it has no error (warnings allowed). */
    public boolean valid() {
        return errors == 0;
    }
}
