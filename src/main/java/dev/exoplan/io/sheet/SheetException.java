package dev.exoplan.io.sheet;

import java.util.List;

/**
 * A price sheet that could not be used: unreadable, not JSON, or with errors. Carries every finding
 * (errors and warnings), each placed in its file.
 */
public final class SheetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<SheetFinding> findings;

    public SheetException(List<SheetFinding> findings) {
        super(findings.isEmpty() ? "unusable price sheet" : findings.get(0).oneLine());
        this.findings = List.copyOf(findings);
    }

    public List<SheetFinding> findings() {
        return findings;
    }

    public List<SheetFinding> errors() {
        return findings.stream().filter(f -> f.finding().isError()).toList();
    }
}
