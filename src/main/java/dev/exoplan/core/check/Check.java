package dev.exoplan.core.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The named warning checks of a price sheet, each with the finding codes it produces. Errors are not
 * listed here: a sheet with errors cannot be used, so their checks always run.
 */
public enum Check {
    /** Fields exoplan does not know, usually misspelt ones. */
    UNKNOWN_FIELDS("unknown-fields", "W-UNKNOWN-FIELD"),
    /** Texts without their Japanese or their English version. */
    LABELS("labels", "W-LABEL"),
    /** A method listed twice in one list. */
    DUPLICATES("duplicates", "W-DUPLICATE"),
    /** A UTF-8 byte-order mark. */
    BOM("bom", "W-BOM"),
    /** Goals that no clinic of the sheet offers. */
    GOALS_OFFERED("goals-offered", "W-GOAL-UNOFFERED"),
    /** What the article asks a clinic to disclose about its exosome. */
    DISCLOSURE("disclosure", "W-DISCLOSE-SOURCE", "W-DISCLOSE-DOSE", "W-DISCLOSE-MANUFACTURER", "W-DISCLOSE-QC"),
    /** Extra fees a patient should see before the first visit. */
    FEES("fees", "W-FEE-CONSULTATION", "W-FEE-CREAM"),
    /** Prices so low that the article warns about quality. */
    CHEAP("cheap", "W-CHEAP"),
    /** Schedules outside what the article describes. */
    INTERVALS("intervals", "W-INTERVAL-INITIAL", "W-INTERVAL-MAINTENANCE"),
    /** Package and first-visit prices that do not save against single sessions, as a clinic means them to. */
    OFFERS("offers", "W-PACKAGE-DEARER", "W-FIRST-VISIT-HIGHER"),
    /** Course contracts: cancellation policies against the law's caps, and validities against the schedules. */
    COURSES("courses", "W-CANCEL-CAP", "W-CANCEL-MISSING", "W-PACKAGE-VALIDITY"),
    /** Credit plans: tables against their own rates and their order, minimums against the prices. */
    FINANCING("financing", "W-FINANCING-APR", "W-FINANCING-ORDER", "W-FINANCING-MINIMUM");

    private final String id;
    private final List<String> codes;

    Check(String id, String... codes) {
        this.id = id;
        this.codes = List.of(codes);
    }

    /** The name used with {@code --check}. */
    public String id() {
        return id;
    }

    public List<String> codes() {
        return codes;
    }

    public static Optional<Check> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** The check that produces a warning code; empty for error codes. */
    public static Optional<Check> producing(String code) {
        return Arrays.stream(values()).filter(c -> c.codes.contains(code)).findFirst();
    }
}
