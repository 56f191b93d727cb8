package dev.exoplan.core.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every finding code exoplan reports on a price sheet, with a one-line description: the registry
 * that the table of docs/clinics.md, SARIF rules and tests are checked against. A code, once published, keeps
 * its meaning.
 */
public final class Codes {

    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        add("E-READ", "The file does not exist, is a directory, cannot be read, or is too large.");
        add("E-ENCODING", "The file is not UTF-8 (for example Shift_JIS or UTF-16).");
        add("E-SYNTAX", "The file is not JSON, is empty, or passes a nesting, number or text length limit.");
        add("E-DUPLICATE-KEY", "A key appears twice in one object.");
        add("E-REQUIRED", "A required field is missing, null or empty.");
        add("E-TYPE", "A value has the wrong type.");
        add("E-ENUM", "A value is not one of the listed values (tax.rounding, per).");
        add("E-SCHEMA-VERSION", "The schemaVersion is not one this exoplan reads.");
        add("E-CURRENCY", "The currency is not a known ISO 4217 code with a minor unit.");
        add("E-RANGE", "A value is outside its bounds (negative amount, tax rate, sessions, intervals, size).");
        add("E-DECIMALS", "An amount has more decimals than its currency, or a number more than 10.");
        add("E-ORDER", "A range has min above max, or typical outside min to max.");
        add("E-ID", "An id is not lower-case letters, digits and hyphens.");
        add("E-DUPLICATE-ID", "Two clinics, or two fees or credit plans of one clinic, share an id.");
        add("E-UNKNOWN-METHOD", "A goal, price or fee names a method that /methods does not define.");
        add("E-PACKAGE-SESSIONS", "A package holds fewer than 1 or more than 100 sessions.");
        add("E-PACKAGE-METHOD", "A package names a method its clinic does not price.");
        add("E-PACKAGE-VARIANT", "A package names a variant its method lacks, or none for a method priced by variant.");
        add("E-FINANCING-TABLE", "A credit plan's table of fees per 100 has no row for a number of instalments it offers.");
        add("W-UNKNOWN-FIELD", "A field exoplan does not know (often a misspelling); it is ignored.");
        add("W-LABEL", "A text has no Japanese or no English version.");
        add("W-DUPLICATE", "A method is listed twice in one list.");
        add("W-BOM", "The file starts with a UTF-8 byte-order mark.");
        add("W-GOAL-UNOFFERED", "No clinic prices any method of a goal.");
        add("W-DISCLOSE-SOURCE", "A clinic does not say where its exosome comes from.");
        add("W-DISCLOSE-DOSE", "A clinic does not state the dose or concentration.");
        add("W-DISCLOSE-MANUFACTURER", "A clinic does not name the manufacturer.");
        add("W-DISCLOSE-QC", "A clinic does not describe its quality control.");
        add("W-FEE-CONSULTATION", "A clinic lists no consultation or counselling fee.");
        add("W-FEE-CREAM", "A clinic prices injections but lists no anaesthetic cream.");
        add("W-CHEAP", "A session price is below the currency's threshold for implausibly cheap.");
        add("W-INTERVAL-INITIAL", "Initial sessions are spaced outside the article's 2 weeks to 1 month.");
        add("W-INTERVAL-MAINTENANCE", "Maintenance is spaced outside the article's every few months.");
        add("W-PACKAGE-DEARER", "A package costs more per session than a single session.");
        add("W-FIRST-VISIT-HIGHER", "A first-visit price is above the regular price it replaces.");
        add("W-CANCEL-CAP", "A stated cancellation policy charges more than the law's caps on a covered course contract.");
        add("W-CANCEL-MISSING", "A covered package over 50,000 yen states no cancellation policy.");
        add("W-PACKAGE-VALIDITY", "A package's validity is shorter than its sessions need at a goal's slowest schedule.");
        add("W-FINANCING-APR", "A credit plan's table of fees per 100 does not match its own annual rate.");
        add("W-FINANCING-ORDER", "A credit plan's fee per 100 falls as the number of instalments rises.");
        add("W-FINANCING-MINIMUM", "A credit plan's minimum is above everything it may finance.");
    }

    private Codes() {
    }

    private static void add(String code, String description) {
        DESCRIPTIONS.put(code, description);
    }

    /** Every code, errors first, in a stable order, with its description. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(DESCRIPTIONS);
    }

    /** Codes of errors start with {@code E-}, codes of warnings with {@code W-}. */
    public static boolean isError(String code) {
        return code.startsWith("E-");
    }
}
