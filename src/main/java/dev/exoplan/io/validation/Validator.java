package dev.exoplan.io.validation;

import dev.exoplan.core.check.Check;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.check.Severity;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.JsonDocument;
import dev.exoplan.io.sheet.PriceSheets;
import dev.exoplan.io.sheet.SheetException;
import dev.exoplan.io.sheet.SheetFinding;
import dev.exoplan.io.sheet.SkippedChecks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates price sheets one after another with the run's settings: which warning checks run
 * (errors always do), whether warnings count as errors ({@code strict}), and how many findings the
 * whole run keeps at most ({@code maxFindings}, 0 for all); the rest are counted, not kept, so a
 * sheet with a million problems is validated in bounded memory.
 */
public final class Validator {

    /** Where a sheet's bytes come from; opened once to check it and once more for excerpts. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws SheetException;
    }

    private final Set<Check> checks;
    private final boolean strict;
    private final int maxFindings;
    private final boolean excerpts;
    private int kept;

    /**
     * @param checks   the warning checks to run; empty runs them all
     * @param excerpts keep the text of each line with a finding, for showing it under the finding
     */
    public Validator(Set<Check> checks, boolean strict, int maxFindings, boolean excerpts) {
        if (maxFindings < 0) {
            throw new IllegalArgumentException("maxFindings must be 0 (all) or more: " + maxFindings);
        }
        this.checks = Set.copyOf(checks);
        this.strict = strict;
        this.maxFindings = maxFindings;
        this.excerpts = excerpts;
    }

    /** Validates one file, streaming it. */
    public FileValidation validate(String file, Source source) {
        Tally tally = new Tally();
        try (InputStream in = source.open()) {
            PriceSheets.check(in, file, true, tally::accept, tally::skipped);
        } catch (SheetException e) {
            e.findings().forEach(tally::accept);
        } catch (IOException e) {
            tally.accept(new SheetFinding(file, Optional.empty(), Finding.error("E-READ", "",
                    Message.of("read.unreadable", file, String.valueOf(e.getMessage())),
                    Message.of("read.unreadable.fix"))));
        }
        tally.shown.sort(PriceSheets.BY_PLACE);
        return new FileValidation(file, tally.shown, tally.errors, tally.warnings, tally.leftOut,
                excerpts ? lines(source, tally.shown) : Map.of(), tally.skipped, tally.skippedLeftOut);
    }

    /** The text of each line that has a shown finding, read again from the source (leniently). */
    private static Map<Integer, String> lines(Source source, List<SheetFinding> shown) {
        TreeSet<Integer> wanted = new TreeSet<>();
        shown.forEach(f -> f.position().ifPresent(p -> wanted.add(p.line())));
        Map<Integer, String> lines = new HashMap<>();
        if (wanted.isEmpty()) {
            return lines;
        }
        try (InputStream in = source.open();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            int number = 0;
            String line;
            while (!wanted.isEmpty() && (line = reader.readLine()) != null) {
                number++;
                if (wanted.remove(number)) {
                    lines.put(number, number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
                }
            }
        } catch (SheetException | IOException e) {
            // excerpts are a courtesy: without them the findings still stand
        }
        return lines;
    }

    /** How many places with skipped checks a file's summary names; a sheet of many clinics counts the rest. */
    static final int SKIPPED_NAMED = 5;

    private final class Tally {
        final List<SheetFinding> shown = new ArrayList<>();
        final List<SkippedChecks> skipped = new ArrayList<>();
        int errors;
        int warnings;
        int leftOut;
        int skippedLeftOut;

        /** Checks not run at one place, less those the run did not ask for. */
        void skipped(SkippedChecks skip) {
            List<Check> asked = skip.checks().stream().filter(c -> checks.isEmpty() || checks.contains(c)).toList();
            if (asked.isEmpty()) {
                return;
            }
            if (skipped.size() < SKIPPED_NAMED) {
                skipped.add(new SkippedChecks(skip.pointer(), asked));
            } else {
                skippedLeftOut++;
            }
        }

        void accept(SheetFinding finding) {
            Finding f = finding.finding();
            if (!f.isError() && !checks.isEmpty()
                    && Check.producing(f.code()).map(c -> !checks.contains(c)).orElse(false)) {
                return;
            }
            if (strict && !f.isError()) {
                finding = new SheetFinding(finding.file(), finding.position(), f.withSeverity(Severity.ERROR));
            }
            if (finding.finding().isError()) {
                errors++;
            } else {
                warnings++;
            }
            if (maxFindings == 0 || kept < maxFindings) {
                shown.add(finding);
                kept++;
            } else {
                leftOut++;
            }
        }
    }
}
