package dev.exoplan.io.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exoplan.core.check.SheetRules;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.sheet.CancellationPolicy;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.Pointer;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * Decodes one clinic of a price sheet: its name, disclosure, prices (ranges, variants, first-visit
 * prices), fees, packages with their cancellation terms, and closed weekdays, each part checked as it
 * is met and kept apart ({@link Parts}) for the article's checks that need only that part.
 */
abstract class ClinicDecoder extends SheetValues {

    Parts parts = Parts.NONE;

    /**
     * What of the last clinic decoded without an error, each part on its own, for the article's checks
     * that need only that part: its id, its disclosure, its fees, and the method keys of its prices
     * (whatever their values).
     */
    record Parts(Optional<String> id, Optional<Disclosure> disclosure, Optional<List<Fee>> fees,
            Optional<Set<String>> priced) {
        static final Parts NONE = new Parts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    Optional<Clinic> clinic(Optional<String> id, JsonNode node, Pointer at, Set<String> methodIds) {
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
    static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /**
     * A clinic's {@code closedWeekdays}: {@code ["sun", "wed"]}, each listed once (a repeat is a
     * warning), at least one day left open; absent means open every day.
     */
    Optional<Set<DayOfWeek>> closedWeekdays(JsonNode clinic, Pointer at) {
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
    static final List<String> FINANCES = Arrays.stream(Financing.Finances.values())
            .map(Financing.Finances::id).toList();
    static final List<String> REMAINDERS = Arrays.stream(Remainder.values()).map(Remainder::id).toList();
    /** The most a fee per 100 or an annual rate may be (percent). */
    static final BigDecimal MAX_RATE = BigDecimal.valueOf(100);

    /**
     * A clinic's {@code financing}: its credit plans, each with an id unique in the clinic, a label, the
     * numbers of instalments (1 to 120, a repeat a warning) and a price: a table of the fee per 100 with a
     * row for each number offered (E-FINANCING-TABLE), or an annual rate, or both. Absent means none.
     */
    Optional<List<Financing>> financing(JsonNode clinic, Pointer at) {
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

    Optional<Financing> plan(JsonNode n, Pointer fp, Set<String> ids) {
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
    Optional<List<Integer>> instalments(JsonNode n, Pointer fp) {
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
    Optional<Map<Integer, BigDecimal>> feeTable(JsonNode node, Pointer p) {
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
    Optional<Integer> instalmentKey(String key, Pointer at) {
        if (key.matches("[1-9][0-9]{0,2}") && Integer.parseInt(key) <= CreditTerms.MAX_INSTALMENTS) {
            return Optional.of(Integer.parseInt(key));
        }
        error("E-RANGE", at, Message.of("decode.instalmentKey", q(key), String.valueOf(CreditTerms.MAX_INSTALMENTS)),
                Message.of("decode.instalmentKey.fix", String.valueOf(CreditTerms.MAX_INSTALMENTS)));
        return Optional.empty();
    }

    /** A fee per 100 or an annual rate: 0 to 100. */
    boolean rate(BigDecimal value, Pointer at) {
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

    Disclosure disclosure(JsonNode node, Pointer at) {
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
    Optional<LocalizedText> optionalText(JsonNode node, Pointer at, String field) {
        Optional<JsonNode> value = optional(node, at, field);
        return value.isPresent() ? text(value.get(), at.property(field)) : Optional.empty();
    }

    boolean prices(JsonNode clinic, Pointer at, Set<String> methodIds, Prices prices) {
        Pointer p = at.property("prices");
        Optional<JsonNode> node = required(clinic, at, "prices").filter(n -> isNonEmptyObject(n, p, "prices"));
        if (node.isEmpty()) {
            return false;
        }
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : node.get().properties()) {
            Pointer mp = p.property(e.getKey());
            prices.keys.add(e.getKey());
            ok &= reference(e.getKey(), mp);
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
    Optional<List<Variant>> variants(String method, JsonNode list, Pointer at, Prices prices) {
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
    Optional<List<CoursePackage>> packages(JsonNode clinic, Pointer at, Set<String> methodIds,
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
                    .filter(m -> reference(m, methodAt))
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
    Optional<Optional<Boolean>> covered(JsonNode node, Pointer at) {
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
    Optional<Optional<CancellationPolicy>> cancellation(JsonNode node, Pointer at) {
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

    boolean packageMethod(String method, Pointer at, Prices prices) {
        return rule(SheetRules.packageMethod(at, method, prices.keys));
    }

    boolean packageVariant(String method, Optional<String> variant, Pointer at, Pointer packageAt,
            Prices prices) {
        return rule(SheetRules.packageVariant(at, packageAt, method, variant,
                Optional.ofNullable(prices.variantIds.get(method))));
    }

    boolean packageSessions(int sessions, Pointer at) {
        if (sessions >= 1 && sessions <= CoursePackage.MAX_SESSIONS) {
            return true;
        }
        error("E-PACKAGE-SESSIONS", at, Message.of("decode.packageSessions", String.valueOf(sessions),
                String.valueOf(CoursePackage.MAX_SESSIONS)),
                Message.of("decode.packageSessions.fix", String.valueOf(sessions), String.valueOf(CoursePackage.MAX_SESSIONS)));
        return false;
    }

    Optional<List<Fee>> fees(JsonNode clinic, Pointer at, Set<String> methodIds) {
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
                    ? required(f, fp, "methods").flatMap(n -> methodList(n, fp.property("methods"), "methods"))
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
    static final List<String> CHARGES = Arrays.stream(Charge.values()).map(Charge::id).toList();
    static final Map<String, Charge> CHARGE_BY_ID = Arrays.stream(Charge.values())
            .collect(Collectors.toUnmodifiableMap(Charge::id, c -> c));

    /** The same as {@link Charge#byId}, by a look-up (a chain's sheet lists many fees). */
    static Optional<Charge> charge(String id) {
        return Optional.ofNullable(CHARGE_BY_ID.get(id));
    }

}
