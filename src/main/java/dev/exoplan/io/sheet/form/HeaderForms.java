package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.money.Tax;
import dev.exoplan.core.money.TaxRounding;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.Pointer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;

/**
 * The sheet's header, declared once: the top level (format version, currency, tax, notice), a method
 * and a goal, each field with its kind and description, and how each maps into {@code core.sheet}.
 */
public final class HeaderForms {

    private HeaderForms() {
    }

    /** The format version this decoder reads. */
    public static final int SCHEMA_VERSION = 1;
    public static final int MAX_SESSIONS = Goal.MAX_SESSIONS;
    public static final int MAX_INITIAL_INTERVAL_WEEKS = 26;
    public static final int MAX_MAINTENANCE_INTERVAL_MONTHS = 24;
    public static final int MAX_ONSET_WEEKS = 520;

    // ---- the tax -----------------------------------------------------------------------------------

    static final Field<BigDecimal> RATE = Field.required("rate", Kind.number(
            s -> s.put("minimum", 0).put("exclusiveMaximum", 1), HeaderForms::taxRate),
            "The tax rate as a fraction, from 0 up to but not including 1: 0.1 for 10 %.");
    static final Field<Boolean> INCLUDED = Field.required("included", Kind.BOOLEAN,
            "true when the sheet's prices and fees already include the tax (a receipt then only shows the "
            + "tax it contains); false when the tax is added on top.");
    static final Field<TaxRounding> ROUNDING = Field.required("rounding", Kind.oneOf(
            Arrays.stream(TaxRounding.values()).map(TaxRounding::id).toList(), TaxRounding::byId),
            "How the tax of one visit's receipt is rounded to the currency's minor unit: \"floor\" drops "
            + "the fraction (usual in Japan), \"half-up\" rounds halves up, \"ceiling\" rounds any fraction "
            + "up.");
    /** The top level's {@code tax}, written inline in the schema. */
    static final Form TAX = Form.of("tax", "The consumption tax that applies to the sheet's prices and fees.", RATE, INCLUDED, ROUNDING);

    private static boolean taxRate(Values v, BigDecimal r, Pointer at) {
        if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) >= 0) {
            v.error("E-RANGE", at, Message.of("decode.taxRate", v.shown(r)), Message.of("decode.taxRate.fix"));
            return false;
        }
        return true;
    }

    private static Optional<Tax> tax(Values v, JsonNode node, Pointer at) {
        if (!v.isObject(node, at, v.what("taxSettings"))) {
            return Optional.empty();
        }
        Form.Read f = TAX.read(v, node, at);
        return f.ok() ? Optional.of(new Tax(f.get(RATE), f.get(INCLUDED), f.get(ROUNDING))) : Optional.empty();
    }

    // ---- the top level -----------------------------------------------------------------------------

    public static final Field<Optional<String>> SCHEMA = Field.optional("$schema", Kind.STRING,
            "Optional. Where editors find this schema, such as \"schema/pricing-v1.schema.json\". exoplan "
            + "ignores it.");
    public static final Field<Integer> VERSION = Field.required("schemaVersion",
            Kind.of(s -> s.put("const", SCHEMA_VERSION), HeaderForms::version), "The version of the price sheet format. This schema describes version 1.");
    public static final Field<Optional<LocalizedText>> NOTICE = Field.optional("notice", Kind.TEXT,
            "Optional. A note shown with every estimate made from this sheet, such as where the prices come "
            + "from.");
    public static final Field<CurrencyUnit> CURRENCY = Field.required("currency",
            Kind.of(s -> s.put("type", "string").put("pattern", "^[A-Z]{3}$"), HeaderForms::currency),
            "The ISO 4217 code of the currency of every amount in the sheet, such as \"JPY\". That it is a "
            + "known currency with a minor unit is checked by exoplan.");
    public static final Field<Tax> TAX_FIELD = Field.required("tax", Kind.of(TAX.inline(),
            (v, n, at, f) -> tax(v, n, at)), TAX.description);
    /** Read by {@link #methods}: every key counts as defined, also of a method with an error. */
    public static final Field<Object> METHODS = Field.required("methods", Kind.custom(s -> {
        s.put("type", "object").put("minProperties", 1).set("propertyNames", ValueForms.ref("id"));
        s.set("additionalProperties", ValueForms.ref("method"));
    }), "The ways a treatment is given (such as an IV drip or an injection), keyed by method id. At "
            + "least one.");
    /** Read by {@link #goals}. */
    public static final Field<Object> GOALS = Field.required("goals", Kind.custom(s -> {
        s.put("type", "object").put("minProperties", 1).set("propertyNames", ValueForms.ref("id"));
        s.set("additionalProperties", ValueForms.ref("goal"));
    }), "The treatment goals a person can plan for, keyed by goal id, each with its methods and "
            + "schedule ranges. At least one.");
    /** Read one at a time as they stream past ({@code io.sheet.SheetReader}), each by {@link ClinicForms}. */
    public static final Field<Object> CLINICS = Field.required("clinics", Kind.custom(s -> {
        s.put("type", "array").put("minItems", 1).set("items", ValueForms.ref("clinic"));
    }), "The clinics whose prices are compared. At least one. That clinic ids are unique is checked by "
            + "exoplan.");
    /** The sheet's top level: the header's fields, and the clinics. */
    public static final Form SHEET = Form.of("priceSheet", "A price sheet for exoplan: the currency and tax, the methods, the goals with their schedule "
            + "ranges, and the clinics with their prices and fees. exoplan uses it to estimate costs and "
            + "schedules only; it gives no medical advice. This schema describes the documented format and "
            + "sets \"additionalProperties\": false everywhere so that editors flag misspelt field names; "
            + "exoplan itself only warns about unknown fields and ignores them. Some rules cannot be written "
            + "in JSON Schema and are checked by exoplan only: that the currency is a known ISO 4217 code, "
            + "that amounts have no more decimals than the currency allows, that min <= typical <= max in "
            + "every range, that every referenced method is defined in /methods, that clinic ids, a clinic's "
            + "fee ids and a method's variant ids are unique, and that a package names a method its clinic "
            + "prices and a variant exactly when that method is priced by variant.", SCHEMA, VERSION, CURRENCY, TAX_FIELD, NOTICE,
            METHODS, GOALS, CLINICS);

    private static Optional<Integer> version(Values v, JsonNode node, Pointer at, String field) {
        Optional<Integer> version = v.integer(node, at);
        if (version.isPresent() && version.get() != SCHEMA_VERSION) {
            v.error("E-SCHEMA-VERSION", at, Message.of("decode.schemaVersion", String.valueOf(version.get())),
                    Message.of("decode.schemaVersion.fix", String.valueOf(SCHEMA_VERSION)));
            return Optional.empty();
        }
        return version;
    }

    private static Optional<CurrencyUnit> currency(Values v, JsonNode node, Pointer p, String field) {
        Optional<String> code = v.string(node, p);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String c = code.get();
        if (!c.matches("[A-Z]{3}")) {
            v.error("E-CURRENCY", p, Message.of("decode.currency.notACode", v.quote(c)),
                    Message.of("decode.currency.notACode.fix"));
            return Optional.empty();
        }
        try {
            CurrencyUnit unit = Monetary.getCurrency(c);
            if (unit.getDefaultFractionDigits() < 0) {
                v.error("E-CURRENCY", p, Message.of("decode.currency.noMinorUnit", c),
                        Message.of("decode.currency.noMinorUnit.fix"));
                return Optional.empty();
            }
            return Optional.of(unit);
        } catch (UnknownCurrencyException e) {
            v.error("E-CURRENCY", p, Message.of("decode.currency.unknown", v.quote(c)),
                    Message.of("decode.currency.unknown.fix"));
            return Optional.empty();
        }
    }

    // ---- a method ----------------------------------------------------------------------------------

    static final Field<LocalizedText> METHOD_LABEL = Field.required("label", Kind.LABEL,
            "The method's name, as shown to people.");
    static final Form METHOD = Form.of("method", "A way a treatment is given.", METHOD_LABEL);

    /** The sheet's methods that read, by id, in order. */
    public static Map<String, Method> methods(Values v, JsonNode root, Pointer at) {
        Pointer p = at.property(METHODS.name);
        Map<String, Method> methods = new LinkedHashMap<>();
        Optional<JsonNode> node = METHODS.node(v, root, at).filter(n -> v.isNonEmptyObject(n, p, METHODS.name));
        node.ifPresent(n -> n.properties().forEach(e -> {
            Pointer mp = p.property(e.getKey());
            if (!v.id(e.getKey(), mp, "method") || !v.isObject(e.getValue(), mp, v.what("method"))) {
                return;
            }
            Form.Read f = METHOD.read(v, e.getValue(), mp);
            if (f.ok()) {
                methods.put(e.getKey(), new Method(e.getKey(), f.get(METHOD_LABEL)));
            }
        }));
        return methods;
    }

    // ---- a goal ------------------------------------------------------------------------------------

    static final Field<LocalizedText> GOAL_LABEL = Field.required("label", Kind.LABEL,
            "The goal's name, as shown to people.");
    static final Field<List<String>> GOAL_METHODS = Field.required("methods", Kind.METHOD_IDS,
            "The ids of the methods that can be chosen for this goal. That each is defined in /methods is "
            + "checked by exoplan.");
    static final Field<Range<Integer>> SESSIONS = Field.required("initialSessions",
            Kind.countRange(1, MAX_SESSIONS, "sessions"), "The number of sessions in the initial course: whole numbers from 1 to 50.");
    static final Field<Range<Integer>> WEEKS = Field.required("initialIntervalWeeks",
            Kind.countRange(1, MAX_INITIAL_INTERVAL_WEEKS, "weeks"), "The weeks between sessions of the initial course: whole numbers from 1 to 26.");
    static final Field<Range<Integer>> MONTHS = Field.required("maintenanceIntervalMonths",
            Kind.countRange(1, MAX_MAINTENANCE_INTERVAL_MONTHS, "months"),
            "The months between maintenance sessions after the initial course: whole numbers from 1 to 24.");
    static final Field<Optional<Range<Integer>>> ONSET = Field.optional("onsetWeeks",
            Kind.countRange(0, MAX_ONSET_WEEKS, "weeks"), "Optional. The weeks after which, as the sheet's source states, a change is commonly reported: "
            + "whole numbers from 0 to 520. exoplan only displays it; it is not a promise of any effect.");
    static final Field<Optional<Boolean>> GOAL_COVERED = Field.optional("covered", Kind.BOOLEAN,
            "Optional. Whether the sheet states that this goal's course contracts are covered by the rules "
            + "for course contracts (\u7279\u5b9a\u7d99\u7d9a\u7684\u5f79\u52d9\u63d0\u4f9b) of the Act on Specified Commercial Transactions (\u7279\u5b9a\u5546\u53d6\u5f15\u6cd5): "
            + "true or false; left out, not stated. exoplan never asserts coverage a sheet does not state: "
            + "without it, plans say the law may apply (a course over one month and over 50,000 yen for a "
            + "listed beauty purpose).");
    static final Form GOAL = Form.of("goal", "A treatment goal with the methods that can be chosen for it and its schedule ranges. The "
            + "ranges describe what clinics commonly quote; they are inputs for cost and schedule estimates, "
            + "not recommendations.", GOAL_LABEL, GOAL_METHODS, SESSIONS, WEEKS, MONTHS,
            ONSET, GOAL_COVERED);

    /** The sheet's goals that read, by id, in order. */
    public static Map<String, Goal> goals(Values v, JsonNode root, Pointer at) {
        Pointer p = at.property(GOALS.name);
        Map<String, Goal> goals = new LinkedHashMap<>();
        Optional<JsonNode> node = GOALS.node(v, root, at).filter(n -> v.isNonEmptyObject(n, p, GOALS.name));
        node.ifPresent(n -> n.properties().forEach(e -> {
            Pointer gp = p.property(e.getKey());
            if (v.id(e.getKey(), gp, "goal") && v.isObject(e.getValue(), gp, v.what("goal"))) {
                Form.Read f = GOAL.read(v, e.getValue(), gp);
                if (f.ok()) {
                    goals.put(e.getKey(), new Goal(e.getKey(), f.get(GOAL_LABEL), f.get(GOAL_METHODS),
                            f.get(SESSIONS), f.get(WEEKS), f.get(MONTHS), f.get(ONSET), f.get(GOAL_COVERED)));
                }
            }
        }));
        return goals;
    }

    /** The top level's schema keywords, with every form's in {@code $defs}. */
    static void root(ObjectNode root) {
        SHEET.body(root);
    }
}
