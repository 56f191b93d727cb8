package dev.exoplan.io.sheet;

import dev.exoplan.core.check.Check;
import java.util.List;
import java.util.Objects;

/**
 * The article's checks that could not run on one part of a sheet because its structure has errors
 * there: {@code /clinics/1} with {@code cheap} and {@code offers} when that clinic's prices have
 * errors, {@code /goals} with {@code goals-offered} when some clinic's prices could not be read. Once
 * the errors are fixed they run, and may find what this run could not.
 *
 * @param pointer the JSON pointer of the clinic, goal or section
 * @param checks  the checks not run there, in {@link Check}'s order
 */
public record SkippedChecks(String pointer, List<Check> checks) {

    public SkippedChecks {
        Objects.requireNonNull(pointer, "pointer");
        checks = List.copyOf(checks);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("no check was skipped at " + pointer);
        }
    }
}
