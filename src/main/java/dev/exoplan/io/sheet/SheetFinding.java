package dev.exoplan.io.sheet;

import dev.exoplan.core.check.Finding;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.json.TextPosition;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Finding} placed in its file: the file's name and the line and column of the value (none
 * when the file could not be read at all).
 */
public record SheetFinding(String file, Optional<TextPosition> position, Finding finding) {

    public SheetFinding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(finding, "finding");
    }

    /**
     * One line, compiler style:
     * {@code pricing.json:14:22: error E-RANGE /clinics/0/prices/iv/min: -5000 must be 0 or more — set a non-negative amount}.
     */
    public String oneLine() {
        return oneLine(Language.EN);
    }

    /**
     * The same line with the message and fix in {@code language}; the file, place, severity, code and
     * pointer stay as they are, so that tools and searches find them in either language.
     */
    public String oneLine(Language language) {
        String pointer = finding.pointer().isEmpty() ? "" : " " + finding.pointer();
        return file + position.map(p -> ":" + p).orElse("") + ": " + finding.severity().id() + " " + finding.code()
                + pointer + ": " + finding.message(language) + " — " + finding.fix(language);
    }
}
