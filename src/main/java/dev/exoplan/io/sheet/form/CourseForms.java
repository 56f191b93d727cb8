package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exoplan.core.check.SheetRules;
import dev.exoplan.core.sheet.CancellationPolicy;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.Pointer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;

/**
 * A clinic's courses, declared once: a package of sessions and a cancellation policy (a clinic's or a
 * package's), each field with its kind and description, and how they map into {@code core.sheet}.
 */
public final class CourseForms {

    private CourseForms() {
    }

    // ---- a cancellation policy ---------------------------------------------------------------------

    static final Field<BigDecimal> RATE = Field.required("rate", Kind.number(
            s -> s.put("minimum", 0).put("maximum", 1), (v, r, at) -> v.rule(SheetRules.cancellationRate(at, r))),
            "A share of the amount not yet used, from 0 to 1: 0.2 for 20 %.");
    static final Field<Optional<MonetaryAmount>> CAP = Field.optional("cap", Kind.AMOUNT,
            "Optional. The most the fee can be; no cap when left out.");
    /** {@code feeAfterStart}, inline in the schema. */
    static final Form FEE_AFTER_START = Form.of("feeAfterStart",
            "The fee after the first session: rate × the amount not yet used, at most cap. The law's cap: "
            + "the lower of 50,000 yen and 20 %.", RATE, CAP);

    static final Field<MonetaryAmount> BEFORE = Field.required("feeBeforeStart", Kind.AMOUNT,
            "The fee when the course is cancelled before its first session (at most the price). The law's "
            + "cap for beauty medicine: 20,000 yen.");
    static final Field<Form.Read> AFTER = Field.required("feeAfterStart", Kind.of(FEE_AFTER_START.inline(),
            (v, n, at, f) -> v.isObject(n, at, v.what("feeAfterStart"))
                    ? Optional.of(FEE_AFTER_START.read(v, n, at)) : Optional.empty()),
            FEE_AFTER_START.description);
    static final Field<CancellationPolicy.Valuation> CONSUMED = Field.required("consumedAt", Kind.oneOf(
            Arrays.stream(CancellationPolicy.Valuation.values()).map(CancellationPolicy.Valuation::id).toList(),
            CancellationPolicy.Valuation::byId), "How the sessions received are valued: contract-unit-price (the package price ÷ its sessions, "
            + "the law's way) or single-session-price (the clinic's price of one session, at most the package "
            + "price).");
    static final Form CANCELLATION = Form.of("cancellation", "A clinic's terms for cancelling a course part way (\u4e2d\u9014\u89e3\u7d04): the fee before the first session, "
            + "the fee after it as a rate of the amount not yet used with an optional cap, and how the "
            + "sessions received are valued.", BEFORE, AFTER, CONSUMED);

    /** A clinic's or a package's {@code cancellation}. */
    static final Kind<CancellationPolicy> CANCELLATION_KIND = Kind.of(Kind.ref("cancellation"),
            CourseForms::cancellation);

    static Optional<CancellationPolicy> cancellation(Values v, JsonNode node, Pointer p, String field) {
        if (!v.isObject(node, p, v.what("cancellation"))) {
            return Optional.empty();
        }
        Form.Read f = CANCELLATION.read(v, node, p);
        Form.Read after = f.get(AFTER);
        if (!f.ok() || !after.ok()) {
            return Optional.empty();
        }
        return Optional.of(new CancellationPolicy(f.get(BEFORE), after.get(RATE), after.get(CAP), f.get(CONSUMED)));
    }

    // ---- a package ---------------------------------------------------------------------------------

    static final Field<Optional<LocalizedText>> LABEL = Field.optional("label", Kind.TEXT,
            "Optional. The package's name, as shown to people; \"5-session package\" when left out.");
    /** Read by {@link #packages}: a method the sheet defines and the clinic prices. */
    static final Field<String> METHOD = Field.required("method", Kind.custom(Kind.ref("id")),
            "The id of the method the package is for; the clinic must price it.");
    /** Read by {@link #packages}: given exactly when the method is priced by variant, one of its variants. */
    static final Field<Optional<String>> VARIANT = Field.optional("variant", Kind.custom(Kind.ref("id")),
            "The id of the variant the package is for: required when the method is priced by variant, not "
            + "allowed otherwise.");
    static final Field<Integer> SESSIONS = Field.required("sessions",
            Kind.integer(1, CoursePackage.MAX_SESSIONS, CourseForms::packageSessions),
            "How many sessions the package pays for, 1 to 100.");
    static final Field<MonetaryAmount> PRICE = Field.required("price", Kind.AMOUNT,
            "The price of the whole package. exoplan validate warns (W-PACKAGE-DEARER) when it is more than "
            + "that many single sessions.");
    static final Field<Optional<Integer>> VALID_MONTHS = Field.optional("validMonths",
            Kind.count(1, CoursePackage.MAX_VALID_MONTHS, "months"), "Optional. Every session of the package must fall within this many months of its first use "
            + "(strictly before the same day that many months later), 1 to 120; no expiry when left out.");
    static final Field<Optional<Boolean>> COVERED = Field.optional("covered", Kind.BOOLEAN,
            "Optional. Whether the sheet states that this package's (before its goal's) course contracts "
            + "are covered by the rules for course contracts (\u7279\u5b9a\u7d99\u7d9a\u7684\u5f79\u52d9\u63d0\u4f9b) of the Act on Specified Commercial "
            + "Transactions (\u7279\u5b9a\u5546\u53d6\u5f15\u6cd5): true or false; left out, not stated. exoplan never asserts coverage a "
            + "sheet does not state: without it, plans say the law may apply (a course over one month and "
            + "over 50,000 yen for a listed beauty purpose).");
    static final Field<Optional<CancellationPolicy>> PACKAGE_CANCELLATION = Field.optional("cancellation",
            CANCELLATION_KIND, "Optional. This package's cancellation policy, before its clinic's.");
    static final Form PACKAGE = Form.of("coursePackage", "A package of sessions sold at one price (\u56de\u6570\u5238\u30fb\u30b3\u30fc\u30b9), paid in full when it is first used. exoplan "
            + "buys the cheapest mix of packages and single sessions for each scenario. That the clinic "
            + "prices the method, and that the variant is one of the method's (and given exactly when the "
            + "method is priced by variant), are checked by exoplan.", LABEL, METHOD, VARIANT,
            SESSIONS, PRICE, VALID_MONTHS, COVERED, PACKAGE_CANCELLATION);

    static boolean packageSessions(Values v, int sessions, Pointer at) {
        if (sessions >= 1 && sessions <= CoursePackage.MAX_SESSIONS) {
            return true;
        }
        v.error("E-PACKAGE-SESSIONS", at, Message.of("decode.packageSessions", String.valueOf(sessions),
                String.valueOf(CoursePackage.MAX_SESSIONS)),
                Message.of("decode.packageSessions.fix", String.valueOf(sessions),
                        String.valueOf(CoursePackage.MAX_SESSIONS)));
        return false;
    }

    /**
     * A clinic's packages. Each names a method the clinic prices (E-PACKAGE-METHOD), and a variant
     * exactly when that method is priced by variant (E-PACKAGE-VARIANT).
     */
    static Optional<List<CoursePackage>> packages(Values v, JsonNode list, Pointer p, ClinicForms.Prices prices,
            boolean pricesOk) {
        if (!v.isArray(list, p, "packages")) {
            return Optional.empty();
        }
        List<CoursePackage> packages = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Pointer pp = p.index(i);
            JsonNode n = list.get(i);
            if (!v.isObject(n, pp, v.what("package"))) {
                ok = false;
                continue;
            }
            Form.Read f = PACKAGE.read(v, n, pp, (field, read) -> {
                Pointer at = pp.property(field.name);
                if (field == METHOD) {
                    read.put(METHOD, METHOD.node(v, n, pp).flatMap(x -> v.string(x, at))
                            .filter(m -> v.reference(m, at))
                            .filter(m -> v.rule(SheetRules.packageMethod(at, m, prices.keys))).orElse(null));
                } else if (field == VARIANT) {
                    Optional<JsonNode> node = VARIANT.node(v, n, pp);
                    Optional<String> variant = node.flatMap(x -> v.string(x, at));
                    String method = read.get(METHOD);
                    boolean variantOk = node.isPresent() == variant.isPresent() && (method == null
                            || v.rule(SheetRules.packageVariant(at, pp, method, variant,
                                    Optional.ofNullable(prices.variantIds.get(method)))));
                    read.put(VARIANT, variantOk ? variant : null);
                }
            });
            if (f.ok() && pricesOk) {
                packages.add(new CoursePackage(f.get(LABEL), f.get(METHOD), f.get(VARIANT), f.get(SESSIONS),
                        f.get(PRICE), f.get(VALID_MONTHS).map(OptionalInt::of).orElse(OptionalInt.empty()),
                        f.get(COVERED), f.get(PACKAGE_CANCELLATION)));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(packages) : Optional.empty();
    }
}
