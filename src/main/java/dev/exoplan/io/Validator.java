package dev.exoplan.io;

import dev.exoplan.core.check.Check;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.check.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates price sheets one after another with the run's settings: which warning checks run
 * (errors always do), whether warnings count as errors ({@code strict}), and how many findings the
 * whole run shows at most ({@code maxFindings}, 0 for all); the rest are counted, not kept.
 */
public final class Validator {

    private final Set<Check> checks;
    private final boolean strict;
    private final int maxFindings;
    private int shown;

    /**
     * @param checks the warning checks to run; empty runs them all
     */
    public Validator(Set<Check> checks, boolean strict, int maxFindings) {
        if (maxFindings < 0) {
            throw new IllegalArgumentException("maxFindings must be 0 (all) or more: " + maxFindings);
        }
        this.checks = Set.copyOf(checks);
        this.strict = strict;
        this.maxFindings = maxFindings;
    }

    /** Validates the bytes of one file. */
    public FileValidation validate(String file, byte[] bytes) {
        SheetReport report = PriceSheets.check(bytes, file, true);
        return result(file, report.findings(), Optional.of(new String(bytes, StandardCharsets.UTF_8)));
    }

    /** A file that could not be read: its findings (such as {@code E-READ}) and no text. */
    public FileValidation unreadable(String file, List<SheetFinding> findings) {
        return result(file, findings, Optional.empty());
    }

    private FileValidation result(String file, List<SheetFinding> all, Optional<String> text) {
        List<SheetFinding> kept = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        int leftOut = 0;
        for (SheetFinding finding : all) {
            Finding f = finding.finding();
            if (!f.isError() && !checks.isEmpty()
                    && Check.producing(f.code()).map(c -> !checks.contains(c)).orElse(false)) {
                continue;
            }
            if (strict && !f.isError()) {
                finding = new SheetFinding(finding.file(), finding.position(),
                        new Finding(Severity.ERROR, f.code(), f.pointer(), f.message(), f.fix()));
            }
            if (finding.finding().isError()) {
                errors++;
            } else {
                warnings++;
            }
            if (maxFindings == 0 || shown < maxFindings) {
                kept.add(finding);
                shown++;
            } else {
                leftOut++;
            }
        }
        return new FileValidation(file, kept, errors, warnings, leftOut, text);
    }
}
