package dev.exoplan.io.sheet;

import dev.exoplan.core.sheet.PriceSheet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything found in one price sheet, sorted by place; the sheet itself when it has no error.
 */
public record SheetReport(String file, Optional<PriceSheet> sheet, List<SheetFinding> findings) {

    public SheetReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.finding().isError());
    }
}
