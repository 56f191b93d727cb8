package dev.exoplan.core.check;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What the source article asks of a clinic's price sheet, as warnings on every clinic and goal, or
 * part of one, that decoded without errors (the rest of the sheet may have some): disclosure of the exosome used, every extra fee listed, no implausibly cheap price,
 * schedules like the article's, and every goal offered by some clinic. Pure: findings carry JSON
 * pointers, and the caller places them in the file.
 */
public final class SheetChecks {

    /** The article: the first sessions "every 2 weeks to 1 month". */
    public static final int ARTICLE_INITIAL_WEEKS_MIN = 2;
    public static final int ARTICLE_INITIAL_WEEKS_MAX = 4;
    /** The article: maintenance "once every few months". */
    public static final int ARTICLE_MAINTENANCE_MONTHS_MIN = 2;
    public static final int ARTICLE_MAINTENANCE_MONTHS_MAX = 6;

    /**
     * Words of a fee's Japanese label that name a consultation: kaunseringu (counselling), shinsatsu
     * (examination), shoshin (first consultation), soudan (consultation). Matched against a sheet's data,
     * so they are no message; written as escapes so that no Java source holds Japanese.
     */
    private static final List<String> CONSULTATION_JA = List.of("\u30ab\u30a6\u30f3\u30bb\u30ea\u30f3\u30b0",
            "\u8a3a\u5bdf", "\u521d\u8a3a", "\u76f8\u8ac7");
    /** Words of a fee's id or English label, in lower case, that name a consultation. */
    private static final List<String> CONSULTATION_EN = List.of("consult", "counsel");
    /** Masui (anaesthesia), in a fee's Japanese label. */
    private static final List<String> ANAESTHETIC_JA = List.of("\u9ebb\u9154");
    /** Words of a fee's id or English label, in lower case, that name an anaesthetic cream. */
    private static final List<String> ANAESTHETIC_EN = List.of("cream", "anaesthe", "anesthe", "numb");

    private SheetChecks() {
    }

    /** Every article check on a whole sheet, goals first, then clinics in order. */
    public static List<Finding> of(PriceSheet sheet) {
        List<Finding> findings = new ArrayList<>();
        sheet.goals().values().forEach(goal -> findings.addAll(goal(goal)));
        for (int i = 0; i < sheet.clinics().size(); i++) {
            findings.addAll(clinic(i, sheet.clinics().get(i), sheet.currency()));
            findings.addAll(CourseChecks.clinic(i, sheet.clinics().get(i), sheet.goals().values(), sheet.currency()));
            findings.addAll(FinancingChecks.clinic(i, sheet.clinics().get(i)));
        }
        Set<String> priced = new HashSet<>();
        sheet.clinics().forEach(c -> priced.addAll(c.prices().keySet()));
        sheet.goals().values().forEach(goal -> unoffered(goal, priced).ifPresent(findings::add));
        return findings;
    }

    /** A goal none of whose methods is priced by any clinic ({@code priced}: every method some clinic prices). */
    public static Optional<Finding> unoffered(Goal goal, Set<String> priced) {
        if (goal.methods().stream().anyMatch(priced::contains)) {
            return Optional.empty();
        }
        String methods = String.join(", ", goal.methods());
        return Optional.of(warning("W-GOAL-UNOFFERED", Pointers.of("goals", goal.id()),
                Message.of("finding.w-goal-unoffered", goal.id(), methods), Message.of("finding.w-goal-unoffered.fix")));
    }

    /** The goal's schedule against the article's: initial every 2 weeks to 1 month, then every few months. */
    public static List<Finding> goal(Goal goal) {
        List<Finding> findings = new ArrayList<>();
        Message keep = Message.of("finding.w-interval.fix");
        Range<Integer> weeks = goal.initialIntervalWeeks();
        if (weeks.min() < ARTICLE_INITIAL_WEEKS_MIN || weeks.max() > ARTICLE_INITIAL_WEEKS_MAX) {
            boolean low = weeks.min() < ARTICLE_INITIAL_WEEKS_MIN;
            int value = low ? weeks.min() : weeks.max();
            findings.add(warning("W-INTERVAL-INITIAL",
                    Pointers.of("goals", goal.id(), "initialIntervalWeeks", low ? "min" : "max"),
                    Message.of("finding.w-interval-initial", value), keep));
        }
        Range<Integer> months = goal.maintenanceIntervalMonths();
        if (months.min() < ARTICLE_MAINTENANCE_MONTHS_MIN || months.max() > ARTICLE_MAINTENANCE_MONTHS_MAX) {
            boolean low = months.min() < ARTICLE_MAINTENANCE_MONTHS_MIN;
            int value = low ? months.min() : months.max();
            findings.add(warning("W-INTERVAL-MAINTENANCE",
                    Pointers.of("goals", goal.id(), "maintenanceIntervalMonths", low ? "min" : "max"),
                    Message.of("finding.w-interval-maintenance", value, ARTICLE_MAINTENANCE_MONTHS_MIN,
                            ARTICLE_MAINTENANCE_MONTHS_MAX), keep));
        }
        return findings;
    }

    /** One clinic: what it discloses, which extra fees it lists, and how cheap its prices are. */
    public static List<Finding> clinic(int index, Clinic clinic, CurrencyUnit currency) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(disclosure(index, clinic.id(), clinic.disclosure()));
        findings.addAll(fees(index, clinic.id(), clinic.fees(), clinic.prices().keySet()));
        offers(index, clinic, findings);
        String code = currency.getCurrencyCode();
        CheapPrice.threshold(currency).ifPresent(threshold -> clinic.prices().forEach((method, range) -> {
            if (Amounts.decimal(range.min()).compareTo(threshold) < 0) {
                String price = plain(range.min()) + " " + code;
                String limit = threshold.toPlainString() + " " + code;
                findings.add(warning("W-CHEAP", Pointers.of("clinics", index, "prices", method, "min"),
                        Message.of("finding.w-cheap", method, price, limit), Message.of("finding.w-cheap.fix")));
            }
        }));
        return findings;
    }

    /**
     * What clinic number {@code index} (id {@code clinicId}) discloses about its exosome; needs only its
     * id and disclosure, so it runs on a clinic with errors elsewhere too.
     */
    public static List<Finding> disclosure(int index, String clinicId, Disclosure d) {
        if (d.source().isPresent() && d.dose().isPresent() && d.manufacturer().isPresent()
                && d.qualityControl().isPresent()) {
            return List.of(); // all four stated, as most are: no pointer to make
        }
        List<Finding> findings = new ArrayList<>();
        String at = Pointers.of("clinics", index, "disclosure");
        if (d.source().isEmpty()) {
            findings.add(warning("W-DISCLOSE-SOURCE", at, Message.of("finding.w-disclose-source", clinicId),
                    Message.of("finding.w-disclose-source.fix")));
        }
        if (d.dose().isEmpty()) {
            findings.add(warning("W-DISCLOSE-DOSE", at, Message.of("finding.w-disclose-dose", clinicId),
                    Message.of("finding.w-disclose-dose.fix")));
        }
        if (d.manufacturer().isEmpty()) {
            findings.add(warning("W-DISCLOSE-MANUFACTURER", at, Message.of("finding.w-disclose-manufacturer", clinicId),
                    Message.of("finding.w-disclose-manufacturer.fix")));
        }
        if (d.qualityControl().isEmpty()) {
            findings.add(warning("W-DISCLOSE-QC", at, Message.of("finding.w-disclose-qc", clinicId),
                    Message.of("finding.w-disclose-qc.fix")));
        }
        return findings;
    }

    /**
     * Which extra fees clinic number {@code index} lists; {@code priced}: the methods its prices name
     * (injection or combined ask for an anaesthetic cream). Needs no amount of its prices, so it runs on
     * a clinic whose prices have errors too.
     */
    public static List<Finding> fees(int index, String clinicId, List<Fee> fees, Set<String> priced) {
        boolean injects = priced.contains("injection") || priced.contains("combined");
        boolean consultation = false;
        boolean cream = !injects; // only a clinic that injects needs one
        for (Fee fee : fees) {
            // each fee is read only for what no earlier fee has named
            consultation = consultation || mentions(fee, CONSULTATION_EN, CONSULTATION_JA);
            cream = cream || mentions(fee, ANAESTHETIC_EN, ANAESTHETIC_JA);
        }
        if (consultation && cream) {
            return List.of(); // nothing missing, as in most clinics: no pointer to make
        }
        List<Finding> findings = new ArrayList<>();
        String at = Pointers.of("clinics", index, "fees");
        if (!consultation) {
            findings.add(warning("W-FEE-CONSULTATION", at, Message.of("finding.w-fee-consultation", clinicId),
                    Message.of("finding.w-fee-consultation.fix")));
        }
        if (!cream) {
            findings.add(warning("W-FEE-CREAM", at, Message.of("finding.w-fee-cream", clinicId),
                    Message.of("finding.w-fee-cream.fix")));
        }
        return findings;
    }

    /**
     * Package and first-visit prices against the single session they stand for: a package dearer per
     * session than the single price (for a range, its typical price; for a variant, its price), and a
     * first-visit price above the regular price it replaces (for a range, its lowest price: above it the
     * low scenario's first visit costs more than a regular one). Compared exactly, without dividing.
     */
    private static void offers(int index, Clinic clinic, List<Finding> findings) {
        clinic.prices().forEach((method, range) -> {
            List<Variant> variants = clinic.variants(method);
            if (variants.isEmpty()) {
                Optional.ofNullable(clinic.firstVisits().get(method)).ifPresent(first -> firstVisit(first, range.min(),
                        method, Pointers.of("clinics", index, "prices", method, "firstVisit"), "min", findings));
            }
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get(v);
                int at = v;
                variant.firstVisit().ifPresent(first -> firstVisit(first, variant.price(), method + " " + variant.id(),
                        Pointers.of("clinics", index, "prices", method, at, "firstVisit"), "price", findings));
            }
        });
        for (int i = 0; i < clinic.packages().size(); i++) {
            CoursePackage p = clinic.packages().get(i);
            MonetaryAmount single = p.variant().flatMap(v -> clinic.variant(p.method(), v)).map(Variant::price)
                    .orElseGet(() -> clinic.price(p.method()).orElseThrow().typical());
            MonetaryAmount singles = Amounts.times(single, p.sessions());
            if (p.price().isGreaterThan(singles)) {
                String what = p.method() + p.variant().map(v -> " " + v).orElse("");
                findings.add(warning("W-PACKAGE-DEARER", Pointers.of("clinics", index, "packages", i, "price"),
                        Message.of("finding.w-package-dearer", String.valueOf(p.sessions()), what, plain(p.price()),
                                plain(single), plain(singles)),
                        Message.of("finding.w-package-dearer.fix")));
            }
        }
    }

    private static void firstVisit(MonetaryAmount first, MonetaryAmount regular, String what, String pointer,
            String regularField, List<Finding> findings) {
        if (first.isGreaterThan(regular)) {
            findings.add(warning("W-FIRST-VISIT-HIGHER", pointer,
                    Message.of("finding.w-first-visit-higher", what, plain(first), regularField, plain(regular)),
                    Message.of("finding.w-first-visit-higher.fix")));
        }
    }

    private static Finding warning(String code, String pointer, Message message, Message fix) {
        return Finding.warning(code, pointer, message, fix);
    }

    /**
     * Whether a fee's id or English label (in lower case) holds one of {@code english}, or its Japanese label
     * one of {@code japanese}.
     */
    private static boolean mentions(Fee fee, List<String> english, List<String> japanese) {
        String id = fee.id().toLowerCase(Locale.ROOT);
        LocalizedText label = fee.label();
        String en = label.en().orElse("").toLowerCase(Locale.ROOT);
        String ja = label.ja().orElse("");
        for (String word : english) {
            if (id.contains(word) || en.contains(word)) {
                return true;
            }
        }
        for (String word : japanese) {
            if (ja.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String plain(MonetaryAmount amount) {
        return Amounts.plain(amount).toPlainString();
    }

}
