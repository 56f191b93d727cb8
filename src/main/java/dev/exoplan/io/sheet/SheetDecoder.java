package dev.exoplan.io.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.check.SheetRules;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.Tax;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.CancellationPolicy;
import dev.exoplan.core.sheet.Charge;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.ClosestMatch;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.Pointer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;

/**
 * Turns a price sheet's JSON tree (format version 1) into a {@link PriceSheet}, reporting every
 * problem it meets rather than stopping at the first, each at its JSON pointer. A sheet with any
 * error yields no model. It decides structure (types, required and unknown fields, bounds: what the
 * JSON Schema says too); the rules of meaning are {@link SheetRules}, asked where the values stand.
 */
final class SheetDecoder {

    static final int SCHEMA_VERSION = 1;
    static final int MAX_SESSIONS = Goal.MAX_SESSIONS;
    static final int MAX_INITIAL_INTERVAL_WEEKS = 26;
    static final int MAX_MAINTENANCE_INTERVAL_MONTHS = 24;
    static final int MAX_ONSET_WEEKS = 520;
    /** Digits before the decimal point any number may have: 10^15 is far beyond any price. */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point any number may have (a tax rate of 0.08875 has 5). */
    static final int MAX_FRACTION_DIGITS = 10;

    private final List<Finding> findings = new ArrayList<>();
    private int errors;
    private CurrencyUnit currency;
    private Tax tax;
    private Optional<LocalizedText> notice = Optional.empty();
    private Map<String, Method> methods = Map.of();
    private Map<String, Goal> goals = Map.of();
    private Set<String> defined = Set.of();
    private boolean headerComplete;
    private final Set<String> clinicIds = new HashSet<>();
    private final Set<String> nulls = new HashSet<>();
    private int clinicsDecoded;
    private Set<String> goalKeys = Set.of();
    private Parts parts = Parts.NONE;
    private static final int AMOUNT_SLOTS_BITS = 10;
    /** {@link #wholeAmount}'s amounts made so far, by slot, and the whole values they stand for. */
    private final MonetaryAmount[] amountValues = new MonetaryAmount[1 << AMOUNT_SLOTS_BITS];
    private final long[] amountKeys = new long[1 << AMOUNT_SLOTS_BITS];
    /** The messages {@link #what} made, by key: asked for every value checked, used only for a finding. */
    private final Map<String, Message> whats = new HashMap<>();

    /**
     * What of the last clinic decoded without an error, each part on its own, for the article's checks
     * that need only that part: its id, its disclosure, its fees, and the method keys of its prices
     * (whatever their values).
     */
    record Parts(Optional<String> id, Optional<Disclosure> disclosure, Optional<List<Fee>> fees,
            Optional<Set<String>> priced) {
        static final Parts NONE = new Parts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The findings since the last call, handed over and forgotten (a streamed sheet keeps none). */
    List<Finding> drain() {
        List<Finding> drained = List.copyOf(findings);
        findings.clear();
        return drained;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** How many errors have been found since {@link #header}. */
    int errorCount() {
        return errors;
    }

    /**
     * Decodes everything but the clinics: currency, tax, notice, methods and goals. {@code root} is the
     * sheet's top-level object, with or without its clinics.
     *
     * @return false when the root is not an object at all
     */
    boolean header(JsonNode root) {
        findings.clear();
        errors = 0;
        clinicIds.clear();
        nulls.clear();
        clinicsDecoded = 0;
        Arrays.fill(amountValues, null); // the amounts of another currency
        Pointer at = Pointer.root();
        if (!isObject(root, at, what("priceSheet"))) {
            return false;
        }
        known(root, at, "$schema", "schemaVersion", "currency", "tax", "notice", "methods", "goals", "clinics");
        optional(root, at, "$schema").ifPresent(n -> string(n, at.property("$schema")));
        schemaVersion(root, at);
        currency = currency(root, at);
        tax = tax(root, at);
        notice = optional(root, at, "notice").flatMap(n -> text(n, at.property("notice")));
        methods = methods(root, at);
        // References are checked against every method the sheet defines, even one whose own entry has an
        // error, so that one bad label does not make every use of the method an error too.
        Set<String> keys = new LinkedHashSet<>();
        present(root, "methods").filter(JsonNode::isObject).ifPresent(n -> n.fieldNames().forEachRemaining(
                keys::add));
        defined = keys;
        goals = goals(root, at, defined);
        Set<String> goalNames = new LinkedHashSet<>();
        present(root, "goals").filter(JsonNode::isObject).ifPresent(n -> n.fieldNames().forEachRemaining(
                goalNames::add));
        goalKeys = goalNames;
        int goalCount = present(root, "goals").filter(JsonNode::isObject).map(JsonNode::size).orElse(0);
        if (errors == 0 && (methods.size() != defined.size() || goals.size() != goalCount)) {
            throw new IllegalStateException("a method or goal was dropped without a finding");
        }
        headerComplete = true;
        return true;
    }

    /**
     * Top-level fields that come after the clinics in a streamed sheet whose header was decoded
     * already: only the optional ones ({@code notice}, {@code $schema}) or unknown ones can be there.
     */
    void late(JsonNode fields) {
        Pointer at = Pointer.root();
        known(fields, at, "$schema", "schemaVersion", "currency", "tax", "notice", "methods", "goals", "clinics");
        optional(fields, at, "$schema").ifPresent(n -> string(n, at.property("$schema")));
        optional(fields, at, "notice").ifPresent(n -> notice = text(n, at.property("notice")));
    }

    /** The sheet's {@code clinics} value when it is not an array: a type error. */
    void clinicsNotAnArray(JsonNode value) {
        isArray(value, Pointer.root().property("clinics"), "clinics");
    }

    /** Decodes clinic number {@code index} (from 0); needs {@link #header} first. */
    Optional<Clinic> clinic(int index, JsonNode node) {
        if (!headerComplete) {
            throw new IllegalStateException("the header is decoded before the clinics");
        }
        Pointer cp = Pointer.root().property("clinics").index(index);
        parts = Parts.NONE;
        if (!isObject(node, cp, what("clinic"))) {
            return Optional.empty();
        }
        Optional<String> id = requiredId(node, cp, "clinic");
        if (id.isPresent()) {
            rule(SheetRules.uniqueClinic(cp.property("id"), id.get(), clinicIds));
            clinicIds.add(id.get());
        }
        Optional<Clinic> clinic = clinic(id, node, cp, defined);
        if (clinic.isEmpty() && errors == 0) {
            throw new IllegalStateException("clinic " + index + " was dropped without a finding");
        }
        if (clinic.isPresent()) {
            clinicsDecoded++;
        }
        return clinic;
    }

    /**
     * Decodes clinic {@code index} again, from a tree that decoded without an error before (a clinic a
     * chain's sheet keeps in compact form, {@link StoredClinics}): the same clinic, with none of the
     * bookkeeping of a first reading (whose findings were reported then).
     */
    Clinic again(int index, JsonNode node) {
        Pointer cp = Pointer.root().property("clinics").index(index);
        int before = errors;
        Optional<Clinic> clinic = clinic(Optional.of(node.get("id").textValue()), node, cp, defined);
        findings.clear();
        if (clinic.isEmpty() || errors != before) {
            throw new IllegalStateException("clinic " + index + " decoded once without an error, then with one");
        }
        return clinic.get();
    }

    /** Forgets what only a first reading needs (every clinic id seen), once the sheet has been read. */
    void forgetIds() {
        clinicIds.clear();
        nulls.clear();
    }

    /** After the last clinic: whether the sheet had a {@code clinics} field, and how many it listed. */
    void finish(boolean clinicsPresent, int count) {
        Pointer p = Pointer.root().property("clinics");
        if (!clinicsPresent) {
            error("E-REQUIRED", p, Message.of("decode.noClinics"), Message.of("decode.noClinics.fix"));
        } else if (count == 0) {
            error("E-REQUIRED", p, Message.of("decode.emptyClinics"), Message.of("decode.emptyClinics.fix"));
        }
    }

    /** The sheet with these clinics, or empty when any error was found. */
    Optional<PriceSheet> sheet(List<Clinic> clinics) {
        if (errors > 0) {
            return Optional.empty();
        }
        return Optional.of(new PriceSheet(SCHEMA_VERSION, currency, tax, notice, methods, goals, clinics));
    }

    /** The goals of the decoded header, for checks that need them while clinics stream past. */
    Map<String, Goal> goals() {
        return goals;
    }

    /** The parts of the clinic last decoded that had no error, whether or not the whole clinic did. */
    Parts parts() {
        return parts;
    }

    /** Every key of the sheet's goals, also of goals with errors (which {@link #goals} leaves out). */
    Set<String> goalKeys() {
        return goalKeys;
    }

    CurrencyUnit currency() {
        return currency;
    }

    // ---- the sections -------------------------------------------------------------------------

    private void schemaVersion(JsonNode root, Pointer at) {
        Pointer p = at.property("schemaVersion");
        required(root, at, "schemaVersion").flatMap(n -> integer(n, p)).ifPresent(v -> {
            if (v != SCHEMA_VERSION) {
                error("E-SCHEMA-VERSION", p, Message.of("decode.schemaVersion", String.valueOf(v)),
                        Message.of("decode.schemaVersion.fix", String.valueOf(SCHEMA_VERSION)));
            }
        });
    }

    private CurrencyUnit currency(JsonNode root, Pointer at) {
        Pointer p = at.property("currency");
        Optional<String> code = required(root, at, "currency").flatMap(n -> string(n, p));
        if (code.isEmpty()) {
            return null;
        }
        String c = code.get();
        if (!c.matches("[A-Z]{3}")) {
            error("E-CURRENCY", p, Message.of("decode.currency.notACode", q(c)),
                    Message.of("decode.currency.notACode.fix"));
            return null;
        }
        try {
            CurrencyUnit unit = Monetary.getCurrency(c);
            if (unit.getDefaultFractionDigits() < 0) {
                error("E-CURRENCY", p, Message.of("decode.currency.noMinorUnit", c),
                        Message.of("decode.currency.noMinorUnit.fix"));
                return null;
            }
            return unit;
        } catch (UnknownCurrencyException e) {
            error("E-CURRENCY", p, Message.of("decode.currency.unknown", q(c)),
                    Message.of("decode.currency.unknown.fix"));
            return null;
        }
    }

    private Tax tax(JsonNode root, Pointer at) {
        Pointer p = at.property("tax");
        Optional<JsonNode> node = required(root, at, "tax").filter(n -> isObject(n, p, what("taxSettings")));
        if (node.isEmpty()) {
            return null;
        }
        JsonNode tax = node.get();
        known(tax, p, "rate", "included", "rounding");
        Pointer rateAt = p.property("rate");
        Optional<BigDecimal> rate = required(tax, p, "rate").flatMap(n -> decimal(n, rateAt));
        rate.ifPresent(r -> {
            if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) >= 0) {
                error("E-RANGE", rateAt, Message.of("decode.taxRate", show(r)), Message.of("decode.taxRate.fix"));
            }
        });
        Optional<Boolean> included = required(tax, p, "included").flatMap(n -> bool(n, p.property("included")));
        Pointer roundingAt = p.property("rounding");
        Optional<TaxRounding> rounding = required(tax, p, "rounding").flatMap(n -> string(n, roundingAt))
                .flatMap(s -> oneOf(s, roundingAt, TaxRounding::byId,
                        Arrays.stream(TaxRounding.values()).map(TaxRounding::id).toList()));
        if (rate.isEmpty() || included.isEmpty() || rounding.isEmpty() || rate.get().signum() < 0
                || rate.get().compareTo(BigDecimal.ONE) >= 0) {
            return null;
        }
        return new Tax(rate.get(), included.get(), rounding.get());
    }

    private Map<String, Method> methods(JsonNode root, Pointer at) {
        Pointer p = at.property("methods");
        Map<String, Method> methods = new LinkedHashMap<>();
        Optional<JsonNode> node = required(root, at, "methods").filter(n -> isNonEmptyObject(n, p, "methods"));
        node.ifPresent(n -> n.properties().forEach(e -> {
            Pointer mp = p.property(e.getKey());
            if (!id(e.getKey(), mp, "method") || !isObject(e.getValue(), mp, what("method"))) {
                return;
            }
            known(e.getValue(), mp, "label");
            label(e.getValue(), mp).ifPresent(label -> methods.put(e.getKey(), new Method(e.getKey(), label)));
        }));
        return methods;
    }

    private Map<String, Goal> goals(JsonNode root, Pointer at, Set<String> methodIds) {
        Pointer p = at.property("goals");
        Map<String, Goal> goals = new LinkedHashMap<>();
        Optional<JsonNode> node = required(root, at, "goals").filter(n -> isNonEmptyObject(n, p, "goals"));
        node.ifPresent(n -> n.properties().forEach(e -> {
            Pointer gp = p.property(e.getKey());
            if (id(e.getKey(), gp, "goal") && isObject(e.getValue(), gp, what("goal"))) {
                goal(e.getKey(), e.getValue(), gp, methodIds).ifPresent(g -> goals.put(g.id(), g));
            }
        }));
        return goals;
    }

    private Optional<Goal> goal(String id, JsonNode node, Pointer at, Set<String> methodIds) {
        known(node, at, "label", "methods", "initialSessions", "initialIntervalWeeks", "maintenanceIntervalMonths",
                "onsetWeeks", "covered");
        Optional<LocalizedText> label = label(node, at);
        Optional<Optional<Boolean>> covered = covered(node, at);
        Optional<List<String>> methods = methodList(node, at, "methods", methodIds, true);
        Optional<Range<Integer>> sessions = countRange(node, at, "initialSessions", 1, MAX_SESSIONS, "sessions");
        Optional<Range<Integer>> weeks = countRange(node, at, "initialIntervalWeeks", 1, MAX_INITIAL_INTERVAL_WEEKS,
                "weeks");
        Optional<Range<Integer>> months = countRange(node, at, "maintenanceIntervalMonths", 1,
                MAX_MAINTENANCE_INTERVAL_MONTHS, "months");
        boolean hasOnset = optional(node, at, "onsetWeeks").isPresent();
        Optional<Range<Integer>> onset = hasOnset
                ? countRange(node, at, "onsetWeeks", 0, MAX_ONSET_WEEKS, "weeks")
                : Optional.empty();
        if (label.isEmpty() || methods.isEmpty() || sessions.isEmpty() || weeks.isEmpty() || months.isEmpty()
                || (hasOnset && onset.isEmpty()) || covered.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Goal(id, label.get(), methods.get(), sessions.get(), weeks.get(), months.get(), onset,
                covered.get()));
    }

    private Optional<Clinic> clinic(Optional<String> id, JsonNode node, Pointer at, Set<String> methodIds) {
        known(node, at, "id", "name", "disclosure", "prices", "fees", "packages", "cancellation", "closedWeekdays",
                "financing");
        Optional<JsonNode> nameNode = required(node, at, "name");
        Optional<LocalizedText> name = nameNode.isPresent() ? text(nameNode.get(), at.property("name")) : Optional.empty();
        int errorsBefore = errors;
        Optional<JsonNode> disclosureNode = optional(node, at, "disclosure");
        Disclosure disclosure = disclosureNode.isPresent()
                ? disclosure(disclosureNode.get(), at.property("disclosure"))
                : Disclosure.NONE;
        boolean disclosureOk = errors == errorsBefore;
        Prices prices = new Prices();
        boolean pricesOk = prices(node, at, methodIds, prices);
        Optional<List<Fee>> fees = fees(node, at, methodIds);
        Optional<List<CoursePackage>> packages = packages(node, at, methodIds, prices, pricesOk);
        Optional<Optional<CancellationPolicy>> cancellation = cancellation(node, at);
        Optional<Set<DayOfWeek>> closed = closedWeekdays(node, at);
        Optional<List<Financing>> financing = financing(node, at);
        parts = new Parts(id, disclosureOk ? Optional.of(disclosure) : Optional.empty(), fees,
                prices.keys.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(prices.keys)));
        if (id.isEmpty() || name.isEmpty() || !pricesOk || fees.isEmpty() || packages.isEmpty()
                || cancellation.isEmpty() || closed.isEmpty() || financing.isEmpty()) {
            return Optional.empty();
        }
        Clinic clinic = new Clinic(id.get(), name.get(), disclosure, prices.ranges, fees.get(), prices.variants,
                prices.firstVisits, packages.get(), cancellation.get(), closed.get(), financing.get());
        if (currency != null) {
            rule(SheetRules.totalsFit(at, clinic, currency));
        }
        return Optional.of(clinic);
    }

    /** The weekday ids of {@code closedWeekdays}, Monday first. */
    private static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /**
     * A clinic's {@code closedWeekdays}: {@code ["sun", "wed"]}, each listed once (a repeat is a
     * warning), at least one day left open; absent means open every day.
     */
    private Optional<Set<DayOfWeek>> closedWeekdays(JsonNode clinic, Pointer at) {
        Pointer p = at.property("closedWeekdays");
        Optional<JsonNode> node = optional(clinic, at, "closedWeekdays");
        if (node.isEmpty()) {
            return Optional.of(Set.of());
        }
        if (!isArray(node.get(), p, "closedWeekdays")) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean ok = true;
        for (int i = 0; i < node.get().size(); i++) {
            Pointer ip = p.index(i);
            Optional<DayOfWeek> day = string(node.get().get(i), ip).flatMap(d -> oneOf(d, ip,
                    v -> WEEKDAYS.contains(v) ? Optional.of(DayOfWeek.of(WEEKDAYS.indexOf(v) + 1)) : Optional.empty(),
                    WEEKDAYS));
            if (day.isEmpty()) {
                ok = false;
            } else if (!days.add(day.get())) {
                warning("W-DUPLICATE", ip, Message.of("decode.duplicateDay", WEEKDAYS.get(day.get().ordinal())),
                        Message.of("decode.duplicateDay.fix"));
            }
        }
        if (ok && days.size() == WEEKDAYS.size()) {
            error("E-RANGE", p, Message.of("decode.neverOpen"), Message.of("decode.neverOpen.fix"));
            return Optional.empty();
        }
        return ok ? Optional.of(days) : Optional.empty();
    }

    /** The ids of a credit plan's {@code finances} and {@code remainder}. */
    private static final List<String> FINANCES = Arrays.stream(Financing.Finances.values())
            .map(Financing.Finances::id).toList();
    private static final List<String> REMAINDERS = Arrays.stream(Remainder.values()).map(Remainder::id).toList();
    /** The most a fee per 100 or an annual rate may be (percent). */
    private static final BigDecimal MAX_RATE = BigDecimal.valueOf(100);

    /**
     * A clinic's {@code financing}: its credit plans, each with an id unique in the clinic, a label, the
     * numbers of instalments (1 to 120, a repeat a warning) and a price: a table of the fee per 100 with a
     * row for each number offered (E-FINANCING-TABLE), or an annual rate, or both. Absent means none.
     */
    private Optional<List<Financing>> financing(JsonNode clinic, Pointer at) {
        Pointer p = at.property("financing");
        Optional<JsonNode> node = optional(clinic, at, "financing");
        if (node.isEmpty()) {
            return Optional.of(List.of());
        }
        if (!isArray(node.get(), p, "financing")) {
            return Optional.empty();
        }
        List<Financing> plans = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < node.get().size(); i++) {
            Pointer fp = p.index(i);
            JsonNode n = node.get().get(i);
            if (!isObject(n, fp, what("financing"))) {
                ok = false;
                continue;
            }
            Optional<Financing> plan = plan(n, fp, ids);
            plan.ifPresent(plans::add);
            ok &= plan.isPresent();
        }
        return ok ? Optional.of(plans) : Optional.empty();
    }

    private Optional<Financing> plan(JsonNode n, Pointer fp, Set<String> ids) {
        known(n, fp, "id", "label", "provider", "instalments", "feePer100", "apr", "minimum", "finances",
                "firstPaymentMonthsAfter", "paymentDay", "remainder");
        Pointer idAt = fp.property("id");
        Optional<String> id = requiredId(n, fp, "financing")
                .filter(x -> rule(SheetRules.uniqueFinancing(idAt, x, ids)));
        id.ifPresent(ids::add);
        Optional<LocalizedText> label = label(n, fp);
        Optional<JsonNode> providerNode = optional(n, fp, "provider");
        Optional<LocalizedText> provider = providerNode.flatMap(x -> text(x, fp.property("provider")));
        Optional<List<Integer>> instalments = instalments(n, fp);
        Optional<JsonNode> aprNode = optional(n, fp, "apr");
        Pointer aprAt = fp.property("apr");
        Optional<BigDecimal> apr = aprNode.flatMap(x -> decimal(x, aprAt)).filter(r -> rate(r, aprAt));
        Optional<JsonNode> tableNode = optional(n, fp, "feePer100");
        Optional<Map<Integer, BigDecimal>> table = tableNode.isEmpty() ? Optional.of(Map.of())
                : feeTable(tableNode.get(), fp.property("feePer100"));
        boolean priced = aprNode.isPresent() || tableNode.isPresent();
        if (!priced) {
            error("E-REQUIRED", fp, Message.of("decode.financingPrice"), Message.of("decode.financingPrice.fix"));
        }
        Optional<JsonNode> minimumNode = optional(n, fp, "minimum");
        Optional<MonetaryAmount> minimum = minimumNode.flatMap(x -> money(x, fp.property("minimum")));
        Pointer financesAt = fp.property("finances");
        Optional<JsonNode> financesNode = optional(n, fp, "finances");
        Optional<Financing.Finances> finances = financesNode.isEmpty() ? Optional.of(Financing.Finances.PACKAGES)
                : string(financesNode.get(), financesAt).flatMap(s -> oneOf(s, financesAt,
                        v -> FINANCES.contains(v) ? Optional.of(Financing.Finances.values()[FINANCES.indexOf(v)])
                                : Optional.empty(), FINANCES));
        Optional<JsonNode> monthsNode = optional(n, fp, "firstPaymentMonthsAfter");
        Optional<Integer> months = monthsNode.isEmpty() ? Optional.of(CreditTerms.DEFAULT_MONTHS_AFTER)
                : count(monthsNode.get(), fp.property("firstPaymentMonthsAfter"), 0, CreditTerms.MAX_MONTHS_AFTER,
                        "months");
        Optional<JsonNode> dayNode = optional(n, fp, "paymentDay");
        Optional<Integer> day = dayNode.isEmpty() ? Optional.of(CreditTerms.DEFAULT_PAYMENT_DAY)
                : count(dayNode.get(), fp.property("paymentDay"), 1, 31, "days");
        Pointer remainderAt = fp.property("remainder");
        Optional<JsonNode> remainderNode = optional(n, fp, "remainder");
        Optional<Remainder> remainder = remainderNode.isEmpty() ? Optional.of(Remainder.FIRST)
                : string(remainderNode.get(), remainderAt).flatMap(s -> oneOf(s, remainderAt,
                        v -> REMAINDERS.contains(v) ? Optional.of(Remainder.values()[REMAINDERS.indexOf(v)])
                                : Optional.empty(), REMAINDERS));
        if (id.isEmpty() || label.isEmpty() || providerNode.isPresent() != provider.isPresent()
                || instalments.isEmpty() || aprNode.isPresent() != apr.isPresent() || table.isEmpty() || !priced
                || minimumNode.isPresent() != minimum.isPresent() || finances.isEmpty() || months.isEmpty()
                || day.isEmpty() || remainder.isEmpty()) {
            return Optional.empty();
        }
        if (apr.isEmpty()) {
            List<Integer> missing = instalments.get().stream().filter(k -> !table.get().containsKey(k)).toList();
            if (!missing.isEmpty()) {
                String numbers = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
                error("E-FINANCING-TABLE", fp.property("feePer100"), Message.of("decode.financingTable", numbers),
                        Message.of("decode.financingTable.fix", numbers));
                return Optional.empty();
            }
        }
        return Optional.of(new Financing(id.get(), label.get(), provider, instalments.get(), table.get(), apr,
                minimum, finances.get(), months.get(), day.get(), remainder.get()));
    }

    /** A credit plan's {@code instalments}: at least one number, each 1 to 120, a repeat a warning. */
    private Optional<List<Integer>> instalments(JsonNode n, Pointer fp) {
        Pointer p = fp.property("instalments");
        Optional<JsonNode> node = required(n, fp, "instalments");
        if (node.isEmpty() || !isArray(node.get(), p, "instalments")) {
            return Optional.empty();
        }
        if (node.get().isEmpty()) {
            error("E-REQUIRED", p, Message.of("decode.noInstalments"), Message.of("decode.noInstalments.fix"));
            return Optional.empty();
        }
        Set<Integer> numbers = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < node.get().size(); i++) {
            Pointer ip = p.index(i);
            Optional<Integer> k = count(node.get().get(i), ip, 1, CreditTerms.MAX_INSTALMENTS, "instalments");
            if (k.isEmpty()) {
                ok = false;
            } else if (!numbers.add(k.get())) {
                warning("W-DUPLICATE", ip, Message.of("decode.duplicateInstalments", String.valueOf(k.get())),
                        Message.of("decode.duplicateInstalments.fix"));
            }
        }
        return ok ? Optional.of(List.copyOf(numbers)) : Optional.empty();
    }

    /** A credit plan's {@code feePer100}: {@code {"10": 7.00, "12": 8.31}}, each fee 0 to 100. */
    private Optional<Map<Integer, BigDecimal>> feeTable(JsonNode node, Pointer p) {
        if (!isObject(node, p, what("feePer100"))) {
            return Optional.empty();
        }
        Map<Integer, BigDecimal> table = new TreeMap<>();
        boolean ok = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> row = it.next();
            Pointer rp = p.property(row.getKey());
            Optional<Integer> k = instalmentKey(row.getKey(), rp);
            Optional<BigDecimal> fee = decimal(row.getValue(), rp).filter(f -> rate(f, rp));
            if (k.isPresent() && fee.isPresent()) {
                table.put(k.get(), fee.get());
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(table) : Optional.empty();
    }

    /** A key of a fee table: a number of instalments, 1 to 120, written plainly ("10"). */
    private Optional<Integer> instalmentKey(String key, Pointer at) {
        if (key.matches("[1-9][0-9]{0,2}") && Integer.parseInt(key) <= CreditTerms.MAX_INSTALMENTS) {
            return Optional.of(Integer.parseInt(key));
        }
        error("E-RANGE", at, Message.of("decode.instalmentKey", q(key), String.valueOf(CreditTerms.MAX_INSTALMENTS)),
                Message.of("decode.instalmentKey.fix", String.valueOf(CreditTerms.MAX_INSTALMENTS)));
        return Optional.empty();
    }

    /** A fee per 100 or an annual rate: 0 to 100. */
    private boolean rate(BigDecimal value, Pointer at) {
        if (value.signum() >= 0 && value.compareTo(MAX_RATE) <= 0) {
            return true;
        }
        error("E-RANGE", at, Message.of("decode.financingRate", show(value)), Message.of("decode.financingRate.fix"));
        return false;
    }

    /** A clinic's prices as they are decoded: ranges, variants and first-visit prices per method. */
    private static final class Prices {
        final Map<String, Range<MonetaryAmount>> ranges = new LinkedHashMap<>();
        final Map<String, List<Variant>> variants = new LinkedHashMap<>();
        final Map<String, MonetaryAmount> firstVisits = new LinkedHashMap<>();
        /** Every method key of the clinic's prices, also those whose price has an error. */
        final Set<String> keys = new LinkedHashSet<>();
        /** Per method key written as a list of variants, the variant ids, also of variants with errors. */
        final Map<String, List<String>> variantIds = new LinkedHashMap<>();
    }

    private Disclosure disclosure(JsonNode node, Pointer at) {
        if (!isObject(node, at, what("disclosure"))) {
            return Disclosure.NONE;
        }
        known(node, at, "source", "dose", "manufacturer", "qualityControl");
        Optional<JsonNode> source = optional(node, at, "source");
        Optional<String> sourceText = source.isPresent() ? string(source.get(), at.property("source")) : Optional.empty();
        return new Disclosure(sourceText, optionalText(node, at, "dose"), optionalText(node, at, "manufacturer"),
                optionalText(node, at, "qualityControl"));
    }

    /** An optional field's text, when it is there and reads. */
    private Optional<LocalizedText> optionalText(JsonNode node, Pointer at, String field) {
        Optional<JsonNode> value = optional(node, at, field);
        return value.isPresent() ? text(value.get(), at.property(field)) : Optional.empty();
    }

    private boolean prices(JsonNode clinic, Pointer at, Set<String> methodIds, Prices prices) {
        Pointer p = at.property("prices");
        Optional<JsonNode> node = required(clinic, at, "prices").filter(n -> isNonEmptyObject(n, p, "prices"));
        if (node.isEmpty()) {
            return false;
        }
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : node.get().properties()) {
            Pointer mp = p.property(e.getKey());
            prices.keys.add(e.getKey());
            ok &= reference(e.getKey(), mp, methodIds);
            if (e.getValue().isArray()) {
                Optional<List<Variant>> variants = variants(e.getKey(), e.getValue(), mp, prices);
                variants.ifPresent(list -> {
                    prices.variants.put(e.getKey(), list);
                    prices.ranges.put(e.getKey(), Variant.span(list));
                });
                ok &= variants.isPresent();
                continue;
            }
            Optional<Range<MonetaryAmount>> range = moneyRange(e.getValue(), mp);
            ok &= range.isPresent();
            if (range.isPresent()) {
                prices.ranges.put(e.getKey(), range.get());
                Optional<JsonNode> first = optional(e.getValue(), mp, "firstVisit");
                if (first.isPresent()) {
                    Optional<MonetaryAmount> amount = money(first.get(), mp.property("firstVisit"));
                    amount.ifPresent(a -> prices.firstVisits.put(e.getKey(), a));
                    ok &= amount.isPresent();
                }
            }
        }
        return ok;
    }

    /** A method priced by variant: a non-empty list of {@code {"id", "label", "price", "firstVisit"?}}. */
    private Optional<List<Variant>> variants(String method, JsonNode list, Pointer at, Prices prices) {
        if (list.isEmpty()) {
            error("E-REQUIRED", at, Message.of("decode.noVariants"), Message.of("decode.noVariants.fix"));
            return Optional.empty();
        }
        List<Variant> variants = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        prices.variantIds.put(method, ids);
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Pointer vp = at.index(i);
            JsonNode v = list.get(i);
            if (!isObject(v, vp, what("variant"))) {
                ok = false;
                continue;
            }
            known(v, vp, "id", "label", "price", "firstVisit");
            Pointer idAt = vp.property("id");
            Optional<String> id = required(v, vp, "id").flatMap(n -> string(n, idAt))
                    .filter(x -> id(x, idAt, "variant"));
            id.filter(x -> rule(SheetRules.uniqueVariant(idAt, method, x, ids))).ifPresent(ids::add);
            Optional<LocalizedText> label = label(v, vp);
            Optional<MonetaryAmount> price = required(v, vp, "price").flatMap(n -> money(n, vp.property("price")));
            Optional<JsonNode> firstNode = optional(v, vp, "firstVisit");
            Optional<MonetaryAmount> first = firstNode.flatMap(n -> money(n, vp.property("firstVisit")));
            if (id.isPresent() && label.isPresent() && price.isPresent() && firstNode.isPresent() == first.isPresent()
                    && variants.stream().noneMatch(x -> x.id().equals(id.get()))) {
                variants.add(new Variant(id.get(), label.get(), price.get(), first));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(variants) : Optional.empty();
    }

    /**
     * A clinic's packages. Each names a method the clinic prices (E-PACKAGE-METHOD), and a variant
     * exactly when that method is priced by variant (E-PACKAGE-VARIANT).
     */
    private Optional<List<CoursePackage>> packages(JsonNode clinic, Pointer at, Set<String> methodIds,
            Prices prices, boolean pricesOk) {
        Pointer p = at.property("packages");
        Optional<JsonNode> node = optional(clinic, at, "packages");
        if (node.isEmpty()) {
            return Optional.of(List.of());
        }
        if (!isArray(node.get(), p, "packages")) {
            return Optional.empty();
        }
        List<CoursePackage> packages = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.get().size(); i++) {
            Pointer pp = p.index(i);
            JsonNode n = node.get().get(i);
            if (!isObject(n, pp, what("package"))) {
                ok = false;
                continue;
            }
            known(n, pp, "label", "method", "variant", "sessions", "price", "validMonths", "covered", "cancellation");
            Optional<JsonNode> labelNode = optional(n, pp, "label");
            Optional<LocalizedText> label = labelNode.flatMap(x -> text(x, pp.property("label")));
            Pointer methodAt = pp.property("method");
            Optional<String> method = required(n, pp, "method").flatMap(x -> string(x, methodAt))
                    .filter(m -> reference(m, methodAt, methodIds))
                    .filter(m -> packageMethod(m, methodAt, prices));
            Optional<JsonNode> variantNode = optional(n, pp, "variant");
            Pointer variantAt = pp.property("variant");
            Optional<String> variant = variantNode.flatMap(x -> string(x, variantAt));
            boolean variantOk = variantNode.isPresent() == variant.isPresent()
                    && method.map(m -> packageVariant(m, variant, variantAt, pp, prices)).orElse(true);
            Pointer sessionsAt = pp.property("sessions");
            Optional<Integer> sessions = required(n, pp, "sessions").flatMap(x -> integer(x, sessionsAt))
                    .filter(x -> packageSessions(x, sessionsAt));
            Optional<MonetaryAmount> price = required(n, pp, "price").flatMap(x -> money(x, pp.property("price")));
            Optional<JsonNode> validNode = optional(n, pp, "validMonths");
            Optional<Integer> valid = validNode.flatMap(x -> count(x, pp.property("validMonths"), 1,
                    CoursePackage.MAX_VALID_MONTHS, "months"));
            Optional<Optional<Boolean>> covered = covered(n, pp);
            Optional<Optional<CancellationPolicy>> cancellation = cancellation(n, pp);
            if (labelNode.isPresent() == label.isPresent() && method.isPresent() && variantOk && sessions.isPresent()
                    && price.isPresent() && validNode.isPresent() == valid.isPresent() && pricesOk
                    && covered.isPresent() && cancellation.isPresent()) {
                packages.add(new CoursePackage(label, method.get(), variant, sessions.get(), price.get(),
                        valid.map(OptionalInt::of).orElse(OptionalInt.empty()), covered.get(), cancellation.get()));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(packages) : Optional.empty();
    }

    /**
     * {@code covered} of a goal or a package: whether the sheet states that its course contracts are covered
     * by the law's rules for course contracts. Outer empty: an error; inner empty: not stated.
     */
    private Optional<Optional<Boolean>> covered(JsonNode node, Pointer at) {
        Optional<JsonNode> value = optional(node, at, "covered");
        if (value.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return bool(value.get(), at.property("covered")).map(Optional::of);
    }

    /**
     * A clinic's or a package's {@code cancellation}: {@code {"feeBeforeStart", "feeAfterStart": {"rate",
     * "cap"?}, "consumedAt"}}. Outer empty: an error; inner empty: none stated.
     */
    private Optional<Optional<CancellationPolicy>> cancellation(JsonNode node, Pointer at) {
        Optional<JsonNode> value = optional(node, at, "cancellation");
        if (value.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        Pointer p = at.property("cancellation");
        JsonNode c = value.get();
        if (!isObject(c, p, what("cancellation"))) {
            return Optional.empty();
        }
        known(c, p, "feeBeforeStart", "feeAfterStart", "consumedAt");
        Optional<MonetaryAmount> before = required(c, p, "feeBeforeStart")
                .flatMap(n -> money(n, p.property("feeBeforeStart")));
        Pointer afterAt = p.property("feeAfterStart");
        Optional<JsonNode> afterNode = required(c, p, "feeAfterStart").filter(n -> isObject(n, afterAt,
                what("feeAfterStart")));
        Optional<BigDecimal> rate = Optional.empty();
        Optional<MonetaryAmount> cap = Optional.empty();
        boolean capOk = true;
        if (afterNode.isPresent()) {
            JsonNode after = afterNode.get();
            known(after, afterAt, "rate", "cap");
            Pointer rateAt = afterAt.property("rate");
            rate = required(after, afterAt, "rate").flatMap(n -> decimal(n, rateAt))
                    .filter(r -> rule(SheetRules.cancellationRate(rateAt, r)));
            Optional<JsonNode> capNode = optional(after, afterAt, "cap");
            cap = capNode.flatMap(n -> money(n, afterAt.property("cap")));
            capOk = capNode.isPresent() == cap.isPresent();
        }
        Pointer consumedAt = p.property("consumedAt");
        Optional<CancellationPolicy.Valuation> valuation = required(c, p, "consumedAt")
                .flatMap(n -> string(n, consumedAt))
                .flatMap(s -> oneOf(s, consumedAt, CancellationPolicy.Valuation::byId,
                        Arrays.stream(CancellationPolicy.Valuation.values()).map(CancellationPolicy.Valuation::id)
                                .toList()));
        if (before.isEmpty() || rate.isEmpty() || !capOk || valuation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(new CancellationPolicy(before.get(), rate.get(), cap, valuation.get())));
    }

    private boolean packageMethod(String method, Pointer at, Prices prices) {
        return rule(SheetRules.packageMethod(at, method, prices.keys));
    }

    private boolean packageVariant(String method, Optional<String> variant, Pointer at, Pointer packageAt,
            Prices prices) {
        return rule(SheetRules.packageVariant(at, packageAt, method, variant,
                Optional.ofNullable(prices.variantIds.get(method))));
    }

    private boolean packageSessions(int sessions, Pointer at) {
        if (sessions >= 1 && sessions <= CoursePackage.MAX_SESSIONS) {
            return true;
        }
        error("E-PACKAGE-SESSIONS", at, Message.of("decode.packageSessions", String.valueOf(sessions),
                String.valueOf(CoursePackage.MAX_SESSIONS)),
                Message.of("decode.packageSessions.fix", String.valueOf(sessions), String.valueOf(CoursePackage.MAX_SESSIONS)));
        return false;
    }

    private Optional<List<Fee>> fees(JsonNode clinic, Pointer at, Set<String> methodIds) {
        Pointer p = at.property("fees");
        Optional<JsonNode> node = optional(clinic, at, "fees");
        if (node.isEmpty()) {
            return Optional.of(List.of());
        }
        if (!isArray(node.get(), p, "fees")) {
            return Optional.empty();
        }
        List<Fee> fees = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < node.get().size(); i++) {
            Pointer fp = p.index(i);
            JsonNode f = node.get().get(i);
            if (!isObject(f, fp, what("fee"))) {
                ok = false;
                continue;
            }
            known(f, fp, "id", "label", "amount", "per", "optional", "methods");
            Pointer idAt = fp.property("id");
            Optional<String> id = requiredId(f, fp, "fee");
            if (id.isPresent()) {
                rule(SheetRules.uniqueFee(idAt, id.get(), ids));
                ids.add(id.get());
            }
            Optional<LocalizedText> label = label(f, fp);
            Optional<MonetaryAmount> amount = requiredMoney(f, fp, "amount");
            Pointer perAt = fp.property("per");
            Optional<JsonNode> perNode = required(f, fp, "per");
            Optional<String> perText = perNode.isPresent() ? string(perNode.get(), perAt) : Optional.empty();
            Optional<Charge> per = perText.isPresent() ? oneOf(perText.get(), perAt, SheetDecoder::charge, CHARGES)
                    : Optional.empty();
            Optional<JsonNode> optionalNode = optional(f, fp, "optional");
            Optional<Boolean> optional = optionalNode.isPresent() ? bool(optionalNode.get(), fp.property("optional"))
                    : Optional.of(false);
            Optional<List<String>> methods = optional(f, fp, "methods").isPresent()
                    ? methodList(f, fp, "methods", methodIds, true)
                    : Optional.of(List.of());
            if (id.isPresent() && label.isPresent() && amount.isPresent() && per.isPresent() && optional.isPresent()
                    && methods.isPresent()) {
                // methodList keeps each method once: Set.of takes them as they are, and Fee keeps that set
                List<String> list = methods.get();
                fees.add(new Fee(id.get(), label.get(), amount.get(), per.get(), optional.get(),
                        Set.of(list.toArray(new String[list.size()]))));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(fees) : Optional.empty();
    }

    /** The ids of {@link Charge}, in order, as a refused {@code per} lists them. */
    private static final List<String> CHARGES = Arrays.stream(Charge.values()).map(Charge::id).toList();
    private static final Map<String, Charge> CHARGE_BY_ID = Arrays.stream(Charge.values())
            .collect(Collectors.toUnmodifiableMap(Charge::id, c -> c));

    /** The same as {@link Charge#byId}, by a look-up (a chain's sheet lists many fees). */
    private static Optional<Charge> charge(String id) {
        return Optional.ofNullable(CHARGE_BY_ID.get(id));
    }

    /** An {@code id} field, required, a string and an id of a {@code what} (clinic, fee, variant). */
    private Optional<String> requiredId(JsonNode node, Pointer at, String what) {
        Pointer idAt = at.property("id");
        Optional<JsonNode> value = required(node, at, "id");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = string(value.get(), idAt);
        return id.isPresent() && id(id.get(), idAt, what) ? id : Optional.empty();
    }

    // ---- values -------------------------------------------------------------------------------

    private Optional<List<String>> methodList(JsonNode node, Pointer at, String field, Set<String> methodIds,
            boolean required) {
        Pointer p = at.property(field);
        Optional<JsonNode> list = required ? required(node, at, field) : optional(node, at, field);
        if (list.isEmpty() || !isArray(list.get(), p, field)) {
            return Optional.empty();
        }
        if (list.get().isEmpty()) {
            error("E-REQUIRED", p, Message.of("decode.noMethods"), Message.of("decode.noMethods.fix"));
            return Optional.empty();
        }
        List<String> methods = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.get().size(); i++) {
            Pointer ip = p.index(i);
            Optional<String> m = string(list.get().get(i), ip);
            if (m.isEmpty() || !reference(m.get(), ip, methodIds)) {
                ok = false;
            } else if (methods.contains(m.get())) {
                warning("W-DUPLICATE", ip, Message.of("decode.duplicateMethod", m.get()),
                        Message.of("decode.duplicateMethod.fix"));
            } else {
                methods.add(m.get());
            }
        }
        return ok ? Optional.of(methods) : Optional.empty();
    }

    private boolean reference(String methodId, Pointer at, Set<String> methodIds) {
        return rule(SheetRules.methodDefined(at, methodId, methodIds));
    }

    private Optional<Range<Integer>> countRange(JsonNode node, Pointer at, String field, int low, int high,
            String unit) {
        Pointer p = at.property(field);
        Optional<JsonNode> range = required(node, at, field).filter(n -> isObject(n, p, what("range")));
        if (range.isEmpty()) {
            return Optional.empty();
        }
        known(range.get(), p, "min", "typical", "max");
        Optional<Integer> min = required(range.get(), p, "min").flatMap(n -> count(n, p.property("min"), low,
                high, unit));
        Optional<Integer> max = required(range.get(), p, "max").flatMap(n -> count(n, p.property("max"), low,
                high, unit));
        boolean hasTypical = optional(range.get(), p, "typical").isPresent();
        Optional<Integer> typical = hasTypical
                ? count(range.get().get("typical"), p.property("typical"), low, high, unit)
                : min.flatMap(a -> max.map(b -> (a + b + 1) / 2)); // midpoint, half up
        if (min.isEmpty() || max.isEmpty() || typical.isEmpty()) {
            return Optional.empty();
        }
        if (!ordered(p, min.get(), typical.get(), max.get(), hasTypical, String::valueOf)) {
            return Optional.empty();
        }
        return Optional.of(new Range<>(min.get(), typical.get(), max.get()));
    }

    private Optional<Integer> count(JsonNode node, Pointer at, int low, int high, String unit) {
        Optional<Integer> value = integer(node, at);
        if (value.isPresent() && (value.get() < low || value.get() > high)) {
            // unit: sessions, weeks or months, which only English names
            error("E-RANGE", at, Message.of("decode.count." + unit, String.valueOf(value.get()), String.valueOf(low),
                    String.valueOf(high)), Message.of("decode.count.fix", String.valueOf(low), String.valueOf(high)));
            return Optional.empty();
        }
        return value;
    }

    /** A price range, with {@code firstVisit} allowed beside min, typical and max (read by the caller). */
    private Optional<Range<MonetaryAmount>> moneyRange(JsonNode node, Pointer at) {
        if (!isObject(node, at, what("priceOrVariants"))) {
            return Optional.empty();
        }
        known(node, at, "min", "typical", "max", "firstVisit");
        Optional<MonetaryAmount> min = requiredMoney(node, at, "min");
        Optional<MonetaryAmount> max = requiredMoney(node, at, "max");
        boolean hasTypical = optional(node, at, "typical").isPresent();
        Optional<MonetaryAmount> typical = hasTypical
                ? money(node.get("typical"), at.property("typical"))
                : min.flatMap(a -> max.map(b -> Amounts.round(
                        Amounts.decimal(a).add(Amounts.decimal(b)).divide(BigDecimal.valueOf(2)), currency,
                        Amounts.MIDPOINT)));
        if (min.isEmpty() || max.isEmpty() || typical.isEmpty()) {
            return Optional.empty();
        }
        if (!ordered(at, min.get(), typical.get(), max.get(), hasTypical, a -> Amounts.decimal(a).toPlainString())) {
            return Optional.empty();
        }
        return Optional.of(new Range<>(min.get(), typical.get(), max.get()));
    }

    /** A required field's amount of money, when it is there and reads. */
    private Optional<MonetaryAmount> requiredMoney(JsonNode node, Pointer at, String field) {
        Optional<JsonNode> value = required(node, at, field);
        return value.isPresent() ? money(value.get(), at.property(field)) : Optional.empty();
    }

    private <T extends Comparable<? super T>> boolean ordered(Pointer at, T min, T typical, T max,
            boolean hasTypical, Function<T, String> show) {
        return rule(SheetRules.ordered(at, min, typical, max, hasTypical, show));
    }

    private Optional<MonetaryAmount> money(JsonNode node, Pointer at) {
        if (currency != null && node.isIntegralNumber() && node.canConvertToLong()) {
            long whole = node.longValue();
            if (whole >= 0 && whole < MAX_WHOLE_AMOUNT) {
                return Optional.of(wholeAmount(whole)); // what the checks below would all let through
            }
        }
        Optional<BigDecimal> value = decimal(node, at);
        if (value.isEmpty() || currency == null) {
            return Optional.empty();
        }
        BigDecimal v = value.get();
        if (v.signum() < 0) {
            error("E-RANGE", at, Message.of("decode.negative", show(v)), Message.of("decode.negative.fix"));
            return Optional.empty();
        }
        int digits = Amounts.minorDigits(currency);
        if (v.stripTrailingZeros().scale() > digits) {
            String code = currency.getCurrencyCode();
            String allowed = String.valueOf(digits);
            error("E-DECIMALS", at, Message.of("decode.decimals", show(v), code, allowed), digits == 0
                    ? Message.of("decode.decimals.whole.fix", code, allowed)
                    : Message.of("decode.decimals.round.fix", code, allowed));
            return Optional.empty();
        }
        return Optional.of(Amounts.of(v.setScale(digits, RoundingMode.UNNECESSARY), currency));
    }

    /** Whole amounts below this have at most {@link #MAX_INTEGER_DIGITS} digits and no decimals: always an amount. */
    private static final long MAX_WHOLE_AMOUNT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS).longValueExact();

    /**
     * The amount {@code whole} in the sheet's currency, made once per value as long as no other value takes
     * its slot: a chain's sheet repeats the same fees and prices clinic after clinic, and an amount is
     * immutable, so they can share one.
     */
    private MonetaryAmount wholeAmount(long whole) {
        int slot = (int) ((whole * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - AMOUNT_SLOTS_BITS));
        MonetaryAmount amount = amountValues[slot];
        if (amount == null || amountKeys[slot] != whole) {
            amount = Amounts.of(BigDecimal.valueOf(whole).setScale(Amounts.minorDigits(currency)), currency);
            amountKeys[slot] = whole;
            amountValues[slot] = amount;
        }
        return amount;
    }

    private Optional<LocalizedText> label(JsonNode node, Pointer at) {
        Pointer p = at.property("label");
        Optional<JsonNode> label = required(node, at, "label");
        return label.isPresent() && isObject(label.get(), p, what("label")) ? text(label.get(), p) : Optional.empty();
    }

    /** A string (the same in every language) or an object with {@code ja} and {@code en}. */
    private Optional<LocalizedText> text(JsonNode node, Pointer at) {
        if (node.isTextual()) {
            return nonBlank(node.asText(), at).map(String::strip).map(LocalizedText::plain);
        }
        if (!node.isObject()) {
            typeError(node, at, what("text"));
            return Optional.empty();
        }
        known(node, at, "ja", "en");
        Optional<JsonNode> jaNode = optional(node, at, "ja");
        Optional<JsonNode> enNode = optional(node, at, "en");
        // Texts for people are trimmed; ids, codes and enumerations are taken exactly as written.
        Optional<String> ja = jaNode.isPresent() ? string(jaNode.get(), at.property("ja")).map(String::strip)
                : Optional.empty();
        Optional<String> en = enNode.isPresent() ? string(enNode.get(), at.property("en")).map(String::strip)
                : Optional.empty();
        if (jaNode.isEmpty() && enNode.isEmpty()) {
            error("E-REQUIRED", at, Message.of("decode.noText"), Message.of("decode.noText.fix"));
            return Optional.empty();
        }
        if (jaNode.isPresent() && ja.isEmpty() || enNode.isPresent() && en.isEmpty()) {
            return Optional.empty(); // the bad value is reported already
        }
        if (jaNode.isEmpty()) {
            warning("W-LABEL", at.property("ja"), Message.of("decode.noJapanese"),
                    Message.of("decode.noJapanese.fix"));
        }
        if (enNode.isEmpty()) {
            warning("W-LABEL", at.property("en"), Message.of("decode.noEnglish"),
                    Message.of("decode.noEnglish.fix"));
        }
        return Optional.of(new LocalizedText(ja, en));
    }

    private Optional<String> string(JsonNode node, Pointer at) {
        if (!node.isTextual()) {
            typeError(node, at, what("string"));
            return Optional.empty();
        }
        return nonBlank(node.asText(), at);
    }

    private Optional<String> nonBlank(String text, Pointer at) {
        if (text.isBlank()) {
            error("E-REQUIRED", at, Message.of("decode.emptyText"), Message.of("decode.emptyText.fix"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private Optional<Integer> integer(JsonNode node, Pointer at) {
        if (!node.isNumber()) {
            typeError(node, at, what("wholeNumber"));
            return Optional.empty();
        }
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (value.scale() > 0) {
            error("E-TYPE", at, Message.of("decode.notWhole", show(value)), Message.of("decode.notWhole.fix"));
            return Optional.empty();
        }
        if (value.precision() - value.scale() > 9) {
            error("E-RANGE", at, Message.of("decode.tooLarge", show(value)), Message.of("decode.tooLarge.fix"));
            return Optional.empty();
        }
        return Optional.of(value.intValueExact());
    }

    private Optional<BigDecimal> decimal(JsonNode node, Pointer at) {
        if (!node.isNumber()) {
            typeError(node, at, what("number"));
            return Optional.empty();
        }
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            error("E-RANGE", at, Message.of("decode.tooManyDigits", show(value), String.valueOf(MAX_INTEGER_DIGITS)),
                    Message.of("decode.tooManyDigits.fix"));
            return Optional.empty();
        }
        if (value.scale() > MAX_FRACTION_DIGITS) {
            error("E-DECIMALS", at, Message.of("decode.tooManyDecimals", show(value),
                    String.valueOf(MAX_FRACTION_DIGITS)), Message.of("decode.tooManyDecimals.fix"));
            return Optional.empty();
        }
        return Optional.of(node.decimalValue());
    }

    /** A number for a message: plain when short, scientific when plain would be huge (1E+400). */
    static String show(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.precision() - v.scale() > 30 || v.scale() > 30 ? v.toString() : value.toPlainString();
    }

    private Optional<Boolean> bool(JsonNode node, Pointer at) {
        if (!node.isBoolean()) {
            typeError(node, at, what("boolean"));
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    private <T> Optional<T> oneOf(String value, Pointer at, Function<String, Optional<T>> byId,
            List<String> allowed) {
        Optional<T> found = byId.apply(value);
        if (found.isEmpty()) {
            String listed = allowed.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
            Object hint = ClosestMatch.among(value, allowed).<Object>map(m -> Message.of("decode.enum.closest", m))
                    .orElse("");
            error("E-ENUM", at, Message.of("decode.enum", q(value), listed, hint), Message.of("decode.enum.fix"));
        }
        return found;
    }

    private boolean id(String id, Pointer at, String what) {
        if (isId(id)) {
            return true;
        }
        String example = q(id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+", ""));
        // what: clinic, method, goal, variant or fee, which only English names
        error("E-ID", at, Message.of("decode.badId." + what, q(id)), Message.of("decode.badId.fix", example));
        return false;
    }

    /** Whether {@code id} is an id: {@code [a-z0-9][a-z0-9-]{0,62}} (checked by hand: a chain's sheet has thousands). */
    static boolean isId(String id) {
        int length = id.length();
        if (length == 0 || length > 63) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0)) {
                return false;
            }
        }
        return true;
    }

    // ---- structure ----------------------------------------------------------------------------

    private Optional<JsonNode> required(JsonNode object, Pointer at, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            error("E-REQUIRED", at.property(field),
                    Message.of(value == null ? "decode.required" : "decode.required.null", field),
                    Message.of("decode.required.fix", field));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * An optional field's value. {@code null} is not a value: it is reported (once per place) rather
     * than taken as "left out", as the JSON Schema says too.
     */
    private Optional<JsonNode> optional(JsonNode object, Pointer at, String field) {
        JsonNode value = object.get(field);
        if (value != null && value.isNull()) {
            Pointer p = at.property(field);
            if (nulls.add(p.toString())) {
                error("E-TYPE", p, Message.of("decode.null", field), Message.of("decode.null.fix", field));
            }
            return Optional.empty();
        }
        return Optional.ofNullable(value);
    }

    /** Whether a field has a value, without reporting anything. */
    private static Optional<JsonNode> present(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** What a value should be, {@code decode.what.<key>}: a clinic, a whole number … (made once per key). */
    private Message what(String key) {
        Message what = whats.get(key);
        if (what == null) {
            what = Message.of("decode.what." + key);
            whats.put(key, what);
        }
        return what;
    }

    /** {@code what}: a {@code decode.what.*} message, or a field's name as it stands in the sheet. */
    private boolean isObject(JsonNode node, Pointer at, Object what) {
        if (node.isObject()) {
            return true;
        }
        typeError(node, at, Message.of("decode.expected.object", what));
        return false;
    }

    /** An object with at least one field; {@code field} is its name, and decode.empty.<field>.fix says what to add. */
    private boolean isNonEmptyObject(JsonNode node, Pointer at, String field) {
        if (!isObject(node, at, field)) {
            return false;
        }
        if (node.isEmpty()) {
            error("E-REQUIRED", at, Message.of("decode.empty", field), Message.of("decode.empty." + field + ".fix"));
            return false;
        }
        return true;
    }

    private boolean isArray(JsonNode node, Pointer at, Object what) {
        if (node.isArray()) {
            return true;
        }
        typeError(node, at, Message.of("decode.expected.array", what));
        return false;
    }

    private void known(JsonNode object, Pointer at, String... fields) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!among(name, fields)) {
                List<String> allowed = List.of(fields);
                String known = String.join(", ", allowed);
                warning("W-UNKNOWN-FIELD", at.property(name), Message.of("decode.unknownField", q(name)),
                        ClosestMatch.among(name, allowed)
                                .map(m -> Message.of("decode.unknownField.closest.fix", known, m))
                                .orElseGet(() -> Message.of("decode.unknownField.fix", known)));
            }
        }
    }

    private static boolean among(String name, String[] fields) {
        for (String field : fields) {
            if (field.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void typeError(JsonNode node, Pointer at, Message expected) {
        error("E-TYPE", at, Message.of("decode.type", expected, describe(node)), Message.of("decode.type.fix", expected));
    }

    /** A value of the sheet as a message names it: the string "…", the number 5, true, an array … */
    private static Object describe(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case STRING -> Message.of("decode.found.string", SheetRules.abbreviate(node.asText()));
            case NUMBER -> Message.of("decode.found.number", show(node.decimalValue()));
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case ARRAY -> Message.of("decode.found.array");
            case OBJECT -> Message.of("decode.found.object");
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }


    /** A value from the sheet quoted in a message: at most 40 characters, so a huge one stays one short line. */
    private static String q(String text) {
        return SheetRules.abbreviate(text);
    }

    private void error(String code, Pointer at, Message message, Message fix) {
        errors++;
        findings.add(Finding.error(code, at.toString(), message, fix));
    }

    /** A rule of {@link SheetRules}: its error, if any, is recorded; true when the rule holds. */
    private boolean rule(Optional<Finding> broken) {
        if (broken.isEmpty()) {
            return true;
        }
        errors++;
        findings.add(broken.get());
        return false;
    }

    private void warning(String code, Pointer at, Message message, Message fix) {
        findings.add(Finding.warning(code, at.toString(), message, fix));
    }
}
