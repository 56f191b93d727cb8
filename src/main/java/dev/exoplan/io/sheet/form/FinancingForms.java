package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.check.SheetRules;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.Pointer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * A clinic's credit plan, declared once: its fields with their kinds and descriptions, the rule that it
 * states a price (a fee table, an annual rate, or both), and how it maps into {@code core.sheet}.
 */
public final class FinancingForms {

    private FinancingForms() {
    }

    /** The ids of a credit plan's {@code finances} and {@code remainder}. */
    static final List<String> FINANCES = Arrays.stream(Financing.Finances.values())
            .map(Financing.Finances::id).toList();
    static final List<String> REMAINDERS = Arrays.stream(Remainder.values()).map(Remainder::id).toList();
    /** The most a fee per 100 or an annual rate may be (percent). */
    static final BigDecimal MAX_RATE = BigDecimal.valueOf(100);

    /** Read by {@link #plan}: an id once in the clinic. */
    static final Field<String> ID = Field.required("id", Kind.custom(Kind.ref("id")),
            "The plan's id, unique in the clinic, as --financing takes it.");
    static final Field<LocalizedText> LABEL = Field.required("label", Kind.LABEL,
            "The plan's name, as shown to people.");
    static final Field<Optional<LocalizedText>> PROVIDER = Field.optional("provider", Kind.TEXT,
            "Optional. The credit company's name.");
    static final Field<List<Integer>> INSTALMENTS = Field.required("instalments", Kind.of(s -> {
        s.put("type", "array").put("minItems", 1).put("uniqueItems", true).putObject("items")
                .put("type", "integer").put("minimum", 1).put("maximum", CreditTerms.MAX_INSTALMENTS);
    }, FinancingForms::instalments), "The numbers of monthly instalments the plan offers, each 1 to 120, at least one.");
    static final Field<Map<Integer, BigDecimal>> FEE_PER_100 = Field.optional("feePer100", Kind.of(s -> {
        s.put("type", "object").put("minProperties", 1).putObject("propertyNames")
                .put("pattern", "^[1-9][0-9]{0,2}$");
        s.putObject("additionalProperties").put("type", "number").put("minimum", 0).put("maximum", MAX_RATE);
    }, FinancingForms::feeTable), Map.of(), "Optional where apr is given. The credit company's published table: for each number of "
            + "instalments (the key, such as \"10\"), the fee in yen per 100 yen of the cash price "
            + "(\u73fe\u91d1\u4fa1\u683c100\u5186\u5f53\u305f\u308a\u306e\u624b\u6570\u6599), 0 to 100. Without apr it needs a row for every number offered "
            + "(E-FINANCING-TABLE, checked by exoplan).");
    static final Field<Optional<BigDecimal>> APR = Field.optional("apr", Kind.number(
            s -> s.put("minimum", 0).put("maximum", MAX_RATE), FinancingForms::rate),
            "Optional where feePer100 is given. The annual rate (\u5b9f\u8cea\u5e74\u7387) in percent, 0 to 100: 15 for 15 %. "
            + "Where a number has no row in feePer100, exoplan derives the fee per 100 from it by the "
            + "level-payment formula, 100 × (n × r ÷ (1 − (1 + r)^−n) − 1) at r = apr ÷ 1200, rounded half up "
            + "to 2 decimals as published tables are.");
    static final Field<Optional<MonetaryAmount>> MINIMUM = Field.optional("minimum", Kind.AMOUNT,
            "Optional. The least amount the plan finances.");
    static final Field<Financing.Finances> FINANCES_FIELD = Field.optional("finances", Kind.oneOf(FINANCES,
            x -> FINANCES.contains(x) ? Optional.of(Financing.Finances.values()[FINANCES.indexOf(x)])
                    : Optional.empty()), Financing.Finances.PACKAGES, "Optional. What the plan may finance: packages (the default), or visits (every visit's "
            + "payment).");
    static final Field<Integer> MONTHS_AFTER = Field.optional("firstPaymentMonthsAfter",
            Kind.count(0, CreditTerms.MAX_MONTHS_AFTER, "months"), CreditTerms.DEFAULT_MONTHS_AFTER,
            "Optional. The month of the first payment, counted from the purchase's, 0 to 12; 1 (the month "
            + "after) when left out.");
    static final Field<Integer> PAYMENT_DAY = Field.optional("paymentDay", Kind.count(1, 31, "days"),
            CreditTerms.DEFAULT_PAYMENT_DAY, "Optional. The day of the month payments fall on, 1 to 31 (the month's last day where it is "
            + "shorter); 27 when left out.");
    static final Field<Remainder> REMAINDER = Field.optional("remainder", Kind.oneOf(REMAINDERS,
            x -> REMAINDERS.contains(x) ? Optional.of(Remainder.values()[REMAINDERS.indexOf(x)]) : Optional.empty()),
            Remainder.FIRST, "Optional. Which payment takes what is left when the total does not divide by the instalments: "
            + "first (the default) or last.");
    static final Form FINANCING = Form.of("financing", "A credit plan: the numbers of instalments it offers and their price, either the credit "
            + "company's published table (feePer100) or the annual rate (apr) it follows from, or both (then "
            + "the table is charged, and exoplan validate warns, W-FINANCING-APR, where a row does not match "
            + "the rate). Fee = cash price × fee per 100 ÷ 100, rounded down; every payment but one = total ÷ "
            + "instalments, rounded down; the payment remainder names takes what is left.", FinancingForms::priceRequired,
            ID, LABEL, PROVIDER, INSTALMENTS, FEE_PER_100, APR, MINIMUM, FINANCES_FIELD, MONTHS_AFTER, PAYMENT_DAY,
            REMAINDER);

    /** The schema's {@code anyOf}: a table, a rate, or both. */
    private static void priceRequired(ObjectNode s) {
        var anyOf = s.putArray("anyOf");
        for (Field<?> price : List.of(FEE_PER_100, APR)) {
            ObjectNode one = anyOf.addObject();
            one.putObject("properties").put(price.name, true);
            one.putArray("required").add(price.name);
        }
    }

    /** A clinic's {@code financing}: its credit plans, each id once in the clinic. */
    static Optional<List<Financing>> plans(Values v, JsonNode list, Pointer p, String field) {
        if (!v.isArray(list, p, field)) {
            return Optional.empty();
        }
        List<Financing> plans = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Pointer fp = p.index(i);
            JsonNode n = list.get(i);
            if (!v.isObject(n, fp, v.what("financing"))) {
                ok = false;
                continue;
            }
            Optional<Financing> plan = plan(v, n, fp, ids);
            plan.ifPresent(plans::add);
            ok &= plan.isPresent();
        }
        return ok ? Optional.of(plans) : Optional.empty();
    }

    static Optional<Financing> plan(Values v, JsonNode n, Pointer fp, Set<String> ids) {
        Form.Read f = FINANCING.read(v, n, fp, (field, read) -> {
            Pointer idAt = fp.property(ID.name);
            String id = ID.node(v, n, fp).flatMap(x -> v.string(x, idAt)).filter(x -> v.id(x, idAt, "financing"))
                    .filter(x -> v.rule(SheetRules.uniqueFinancing(idAt, x, ids))).orElse(null);
            if (id != null) {
                ids.add(id);
            }
            read.put(ID, id);
        });
        boolean priced = given(n, APR) || given(n, FEE_PER_100);
        if (!priced) {
            v.error("E-REQUIRED", fp, Message.of("decode.financingPrice"), Message.of("decode.financingPrice.fix"));
        }
        if (!f.ok() || !priced) {
            return Optional.empty();
        }
        if (f.get(APR).isEmpty()) {
            List<Integer> missing = f.get(INSTALMENTS).stream().filter(k -> !f.get(FEE_PER_100).containsKey(k))
                    .toList();
            if (!missing.isEmpty()) {
                String numbers = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
                v.error("E-FINANCING-TABLE", fp.property(FEE_PER_100.name),
                        Message.of("decode.financingTable", numbers), Message.of("decode.financingTable.fix", numbers));
                return Optional.empty();
            }
        }
        return Optional.of(new Financing(f.get(ID), f.get(LABEL), f.get(PROVIDER), f.get(INSTALMENTS),
                f.get(FEE_PER_100), f.get(APR), f.get(MINIMUM), f.get(FINANCES_FIELD), f.get(MONTHS_AFTER),
                f.get(PAYMENT_DAY), f.get(REMAINDER)));
    }

    /** Whether the object has the field with a value (null is not one). */
    private static boolean given(JsonNode object, Field<?> field) {
        JsonNode value = object.get(field.name);
        return value != null && !value.isNull();
    }

    /** A credit plan's {@code instalments}: at least one number, each 1 to 120, a repeat a warning. */
    static Optional<List<Integer>> instalments(Values v, JsonNode list, Pointer p, String field) {
        if (!v.isArray(list, p, field)) {
            return Optional.empty();
        }
        if (list.isEmpty()) {
            v.error("E-REQUIRED", p, Message.of("decode.noInstalments"), Message.of("decode.noInstalments.fix"));
            return Optional.empty();
        }
        Set<Integer> numbers = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Pointer ip = p.index(i);
            Optional<Integer> k = v.count(list.get(i), ip, 1, CreditTerms.MAX_INSTALMENTS, "instalments");
            if (k.isEmpty()) {
                ok = false;
            } else if (!numbers.add(k.get())) {
                v.warning("W-DUPLICATE", ip, Message.of("decode.duplicateInstalments", String.valueOf(k.get())),
                        Message.of("decode.duplicateInstalments.fix"));
            }
        }
        return ok ? Optional.of(List.copyOf(numbers)) : Optional.empty();
    }

    /** A credit plan's {@code feePer100}: {@code {"10": 7.00, "12": 8.31}}, each fee 0 to 100. */
    static Optional<Map<Integer, BigDecimal>> feeTable(Values v, JsonNode node, Pointer p, String field) {
        if (!v.isObject(node, p, v.what("feePer100"))) {
            return Optional.empty();
        }
        Map<Integer, BigDecimal> table = new TreeMap<>();
        boolean ok = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> row = it.next();
            Pointer rp = p.property(row.getKey());
            Optional<Integer> k = instalmentKey(v, row.getKey(), rp);
            Optional<BigDecimal> fee = v.decimal(row.getValue(), rp).filter(x -> rate(v, x, rp));
            if (k.isPresent() && fee.isPresent()) {
                table.put(k.get(), fee.get());
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(table) : Optional.empty();
    }

    /** A key of a fee table: a number of instalments, 1 to 120, written plainly ("10"). */
    static Optional<Integer> instalmentKey(Values v, String key, Pointer at) {
        if (key.matches("[1-9][0-9]{0,2}") && Integer.parseInt(key) <= CreditTerms.MAX_INSTALMENTS) {
            return Optional.of(Integer.parseInt(key));
        }
        v.error("E-RANGE", at, Message.of("decode.instalmentKey", v.quote(key),
                String.valueOf(CreditTerms.MAX_INSTALMENTS)),
                Message.of("decode.instalmentKey.fix", String.valueOf(CreditTerms.MAX_INSTALMENTS)));
        return Optional.empty();
    }

    /** A fee per 100 or an annual rate: 0 to 100. */
    static boolean rate(Values v, BigDecimal value, Pointer at) {
        if (value.signum() >= 0 && value.compareTo(MAX_RATE) <= 0) {
            return true;
        }
        v.error("E-RANGE", at, Message.of("decode.financingRate", v.shown(value)),
                Message.of("decode.financingRate.fix"));
        return false;
    }
}
