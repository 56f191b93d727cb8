package dev.exoplan.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.PlanInvariants;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Planner;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.sheet.LoadedSheet;
import dev.exoplan.io.sheet.PriceSheets;
import dev.exoplan.io.sheet.SheetException;
import dev.exoplan.io.sheet.SheetFinding;
import dev.exoplan.io.text.Bundles;
import dev.exoplan.io.text.SafeText;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz target: a price sheet from arbitrary bytes, loaded as {@code plan} loads it and checked as
 * {@code validate} checks it (streaming, with the article's checks). Either it loads and plans, with
 * every invariant, or it is refused with findings that each print as one line; nothing else may be
 * thrown. Its corpus (replayed by every test run) is {@code src/test/resources/fuzz/SheetFuzzTestsInputs}.
 */
class SheetFuzzTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @FuzzTest(maxDuration = "10s")
    void sheet_anyBytes_loadsOrIsRefusedWithOneLineFindings(byte[] bytes) {
        List<SheetFinding> streamed = new ArrayList<>();
        boolean streamedErrors = PriceSheets.check(new ByteArrayInputStream(bytes), "fuzz.json", true, streamed::add);
        streamed.forEach(SheetFuzzTests::oneLine);
        LoadedSheet loaded;
        try {
            loaded = PriceSheets.parse(bytes, "fuzz.json");
        } catch (SheetException e) {
            if (e.errors().isEmpty()) {
                throw new AssertionError("refused without an error: " + e.findings());
            }
            e.findings().forEach(SheetFuzzTests::oneLine);
            if (!streamedErrors) {
                throw new AssertionError("plan refuses what validate passes: " + e.errors().get(0).oneLine());
            }
            return;
        }
        if (streamedErrors) {
            throw new AssertionError("validate refuses what plan loads: " + streamed);
        }
        loaded.warnings().forEach(SheetFuzzTests::oneLine);
        planEverything(loaded.sheet());
    }

    /** Every goal × method × clinic the sheet offers, over a year, with every invariant. */
    static void planEverything(PriceSheet sheet) {
        for (Goal goal : sheet.goals().values()) {
            for (String method : goal.methods()) {
                for (Clinic clinic : sheet.clinics()) {
                    PlanRequest request = new PlanRequest(goal.id(), method, Optional.of(clinic.id()), START, 12);
                    Plan plan;
                    try {
                        plan = Planner.plan(sheet, request);
                    } catch (InvalidRequestException e) {
                        continue;
                    }
                    PlanInvariants.check(sheet, request, plan);
                }
            }
        }
    }

    private static void oneLine(SheetFinding finding) {
        for (Language language : Bundles.languages()) {
            String line = SafeText.forPeople(finding.oneLine(language));
            if (line.contains("\n") || line.contains("\r") || line.isBlank()) {
                throw new AssertionError("not one line: " + line);
            }
        }
    }
}
