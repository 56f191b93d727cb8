package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.check.SheetRules;
import dev.exoplan.core.sheet.CancellationPolicy;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.Pointer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * A clinic, declared once: its fields (name, disclosure, prices with their variants, fees, packages,
 * cancellation, closed weekdays, credit plans), each with its kind and description, and how the clinic
 * maps into {@code core.sheet}. Packages and cancellation are {@link CourseForms}', credit plans
 * {@link FinancingForms}'.
 */
public final class ClinicForms {

    private ClinicForms() {
    }

    /** What one clinic decoded to, and each part that read without an error, for the checks that need only it. */
    public record Read(Optional<Clinic> clinic, Optional<String> id, Optional<Disclosure> disclosure,
            Optional<List<Fee>> fees, Optional<Set<String>> priced) {
    }

    // ---- a disclosure ------------------------------------------------------------------------------

    static final Field<Optional<String>> SOURCE = Field.optional("source", Kind.NON_BLANK,
            "The stated origin of the cells the product comes from: an id such as \"adipose\", "
            + "\"umbilical-cord\", \"dental-pulp\" or \"bone-marrow\", or the clinic's own words. One string "
            + "for every language.");
    static final Field<Optional<LocalizedText>> DOSE = Field.optional("dose", Kind.TEXT,
            "The stated dose or concentration per session.");
    static final Field<Optional<LocalizedText>> MANUFACTURER = Field.optional("manufacturer", Kind.TEXT,
            "The stated manufacturer of the product.");
    static final Field<Optional<LocalizedText>> QUALITY_CONTROL = Field.optional("qualityControl", Kind.TEXT,
            "The stated quality control, such as which tests each lot passes.");
    static final Form DISCLOSURE = Form.of("disclosure", "Optional. What the clinic states about the product it uses. Every field is optional; exoplan "
            + "shows the statements as given and does not verify them.", SOURCE, DOSE, MANUFACTURER,
            QUALITY_CONTROL);

    /** A disclosure: what of it reads (a statement with an error is left out, and reported). */
    static Disclosure disclosure(Values v, JsonNode node, Pointer at) {
        if (!v.isObject(node, at, v.what("disclosure"))) {
            return Disclosure.NONE;
        }
        Form.Read f = DISCLOSURE.read(v, node, at);
        return new Disclosure(f.present(SOURCE), f.present(DOSE), f.present(MANUFACTURER),
                f.present(QUALITY_CONTROL));
    }

    // ---- a fee -------------------------------------------------------------------------------------

    /** The ids of {@link Charge}, in order, as a refused {@code per} lists them. */
    static final List<String> CHARGES = Arrays.stream(Charge.values()).map(Charge::id).toList();
    static final Map<String, Charge> CHARGE_BY_ID = Arrays.stream(Charge.values())
            .collect(Collectors.toUnmodifiableMap(Charge::id, c -> c));

    static final Field<String> FEE_ID = Field.required("id", Kind.id("fee"), "The fee's id, unique within its clinic.");
    static final Field<LocalizedText> FEE_LABEL = Field.required("label", Kind.LABEL,
            "The fee's name, as shown to people.");
    static final Field<MonetaryAmount> FEE_AMOUNT = Field.required("amount", Kind.AMOUNT,
            "The fee, 0 or more, in the sheet's currency. That it fits the currency's decimals is checked "
            + "by exoplan.");
    static final Field<Charge> PER = Field.required("per",
            Kind.oneOf(CHARGES, id -> Optional.ofNullable(CHARGE_BY_ID.get(id))), "When the fee is charged: \"once\" (at the first visit) or \"visit\" (at every visit).");
    static final Field<Boolean> FEE_OPTIONAL = Field.optional("optional",
            Kind.BOOLEAN.with(s -> s.put("default", false)), false, "Optional, default false. true when the fee is charged only if the person asks for it; exoplan "
            + "then counts it in the high estimate only.");
    static final Field<List<String>> FEE_METHODS = Field.optional("methods", Kind.METHOD_IDS, List.of(),
            "Optional. The ids of the methods this fee applies to; when left out, it applies to every "
            + "method. That each is defined in /methods is checked by exoplan.");
    static final Form FEE = Form.of("fee", "A charge beside the session price, such as a consultation or a blood test. That a clinic's fee "
            + "ids are unique is checked by exoplan.", FEE_ID, FEE_LABEL, FEE_AMOUNT, PER, FEE_OPTIONAL,
            FEE_METHODS);

    /** A clinic's fees, each id once in the clinic. */
    static Optional<List<Fee>> fees(Values v, JsonNode list, Pointer p, String field) {
        if (!v.isArray(list, p, field)) {
            return Optional.empty();
        }
        List<Fee> fees = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Pointer fp = p.index(i);
            JsonNode node = list.get(i);
            if (!v.isObject(node, fp, v.what("fee"))) {
                ok = false;
                continue;
            }
            Form.Read f = FEE.read(v, node, fp);
            String id = f.get(FEE_ID);
            if (id != null) {
                v.rule(SheetRules.uniqueFee(fp.property(FEE_ID.name), id, ids));
                ids.add(id);
            }
            if (f.ok()) {
                // methodList keeps each method once: Set.of takes them as they are, and Fee keeps that set
                List<String> methods = f.get(FEE_METHODS);
                fees.add(new Fee(id, f.get(FEE_LABEL), f.get(FEE_AMOUNT), f.get(PER), f.get(FEE_OPTIONAL),
                        Set.of(methods.toArray(new String[methods.size()]))));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(fees) : Optional.empty();
    }

    // ---- a variant ---------------------------------------------------------------------------------

    static final Field<String> VARIANT_ID = Field.required("id", Kind.id("variant"),
            "The variant's id, unique within its method, as --variant takes it (such as \"2cc\").");
    static final Field<LocalizedText> VARIANT_LABEL = Field.required("label", Kind.LABEL,
            "The variant's name, as shown to people.");
    static final Field<MonetaryAmount> VARIANT_PRICE = Field.required("price", Kind.AMOUNT,
            "The price of one session of this variant.");
    static final Field<Optional<MonetaryAmount>> VARIANT_FIRST = Field.optional("firstVisit", Kind.AMOUNT,
            "Optional. The first-visit price (\u521d\u56de\u4fa1\u683c) of this variant: what the first session costs when it "
            + "is bought on its own. exoplan validate warns (W-FIRST-VISIT-HIGHER) when it is above price.");
    static final Form VARIANT = Form.of("variant", "One named price of a method priced by variant, such as a dose (1 cc, 2 cc) or an area (face, "
            + "back). That ids are unique within the method is checked by exoplan.", VARIANT_ID, VARIANT_LABEL, VARIANT_PRICE,
            VARIANT_FIRST);

    /** A clinic's prices as they are decoded: ranges, variants and first-visit prices per method. */
    static final class Prices {
        final Map<String, Range<MonetaryAmount>> ranges = new LinkedHashMap<>();
        final Map<String, List<Variant>> variants = new LinkedHashMap<>();
        final Map<String, MonetaryAmount> firstVisits = new LinkedHashMap<>();
        /** Every method key of the clinic's prices, also those whose price has an error. */
        final Set<String> keys = new LinkedHashSet<>();
        /** Per method key written as a list of variants, the variant ids, also of variants with errors. */
        final Map<String, List<String>> variantIds = new LinkedHashMap<>();
    }

    static boolean prices(Values v, JsonNode node, Pointer p, Prices prices) {
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer mp = p.property(e.getKey());
            prices.keys.add(e.getKey());
            ok &= v.reference(e.getKey(), mp);
            if (e.getValue().isArray()) {
                Optional<List<Variant>> variants = variants(v, e.getKey(), e.getValue(), mp, prices);
                variants.ifPresent(list -> {
                    prices.variants.put(e.getKey(), list);
                    prices.ranges.put(e.getKey(), Variant.span(list));
                });
                ok &= variants.isPresent();
                continue;
            }
            Optional<Range<MonetaryAmount>> range = v.moneyRange(e.getValue(), mp);
            ok &= range.isPresent();
            if (range.isPresent()) {
                prices.ranges.put(e.getKey(), range.get());
                Optional<JsonNode> first = v.optional(e.getValue(), mp, "firstVisit");
                if (first.isPresent()) {
                    Optional<MonetaryAmount> amount = v.money(first.get(), mp.property("firstVisit"));
                    amount.ifPresent(a -> prices.firstVisits.put(e.getKey(), a));
                    ok &= amount.isPresent();
                }
            }
        }
        return ok;
    }

    /** A method priced by variant: a non-empty list of variants, each id once in the method. */
    static Optional<List<Variant>> variants(Values v, String method, JsonNode list, Pointer at, Prices prices) {
        if (list.isEmpty()) {
            v.error("E-REQUIRED", at, Message.of("decode.noVariants"), Message.of("decode.noVariants.fix"));
            return Optional.empty();
        }
        List<Variant> variants = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        prices.variantIds.put(method, ids);
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Pointer vp = at.index(i);
            JsonNode node = list.get(i);
            if (!v.isObject(node, vp, v.what("variant"))) {
                ok = false;
                continue;
            }
            Form.Read f = VARIANT.read(v, node, vp);
            String id = f.get(VARIANT_ID);
            if (id != null && v.rule(SheetRules.uniqueVariant(vp.property(VARIANT_ID.name), method, id, ids))) {
                ids.add(id);
            }
            if (f.ok() && variants.stream().noneMatch(x -> x.id().equals(id))) {
                variants.add(new Variant(id, f.get(VARIANT_LABEL), f.get(VARIANT_PRICE), f.get(VARIANT_FIRST)));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(variants) : Optional.empty();
    }

    // ---- closed weekdays ---------------------------------------------------------------------------

    /** The weekday ids of {@code closedWeekdays}, Monday first. */
    static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** {@code ["sun", "wed"]}: each listed once (a repeat is a warning), at least one day left open. */
    static Optional<Set<DayOfWeek>> closedWeekdays(Values v, JsonNode list, Pointer p, String field) {
        if (!v.isArray(list, p, field)) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Pointer ip = p.index(i);
            Optional<DayOfWeek> day = v.string(list.get(i), ip).flatMap(d -> v.oneOf(d, ip,
                    x -> WEEKDAYS.contains(x) ? Optional.of(DayOfWeek.of(WEEKDAYS.indexOf(x) + 1)) : Optional.empty(),
                    WEEKDAYS));
            if (day.isEmpty()) {
                ok = false;
            } else if (!days.add(day.get())) {
                v.warning("W-DUPLICATE", ip, Message.of("decode.duplicateDay", WEEKDAYS.get(day.get().ordinal())),
                        Message.of("decode.duplicateDay.fix"));
            }
        }
        if (ok && days.size() == WEEKDAYS.size()) {
            v.error("E-RANGE", p, Message.of("decode.neverOpen"), Message.of("decode.neverOpen.fix"));
            return Optional.empty();
        }
        return ok ? Optional.of(days) : Optional.empty();
    }

    // ---- a clinic ----------------------------------------------------------------------------------

    static final Field<String> ID = Field.required("id", Kind.id("clinic"), "The clinic's id, unique in the sheet (checked by exoplan).");
    static final Field<LocalizedText> NAME = Field.required("name", Kind.TEXT, "The clinic's name, as shown to people.");
    static final Field<Disclosure> DISCLOSURE_FIELD = Field.optional("disclosure",
            Kind.custom(Kind.ref("disclosure")), Disclosure.NONE, "Optional. What the clinic states about the product it uses; shown as stated, not verified.");
    static final Field<Prices> PRICES = Field.required("prices", Kind.custom(s -> {
        s.put("type", "object").put("minProperties", 1).set("propertyNames", ValueForms.ref("id"));
        s.putObject("additionalProperties").putArray("oneOf").add(ValueForms.ref("amountRange"))
                .add(ValueForms.ref("variants"));
    }), "The price of one session, keyed by method id: a range, or a list of variants. At least one. "
            + "That each key is defined in /methods is checked by exoplan.");
    static final Field<List<Fee>> FEES = Field.optional("fees", Kind.of(list("fee"), ClinicForms::fees),
            List.of(), "Optional. The clinic's other fees; none when left out.");
    static final Field<List<CoursePackage>> PACKAGES = Field.optional("packages",
            Kind.custom(list("coursePackage")), List.of(), "Optional. The clinic's packages of sessions; none when left out.");
    static final Field<Optional<CancellationPolicy>> CANCELLATION = Field.optional("cancellation",
            CourseForms.CANCELLATION_KIND, "Optional. The clinic's cancellation policy for its packages (a package's own comes first). "
            + "Plans show it where it is kinder than the law's caps; exoplan validate warns (W-CANCEL-CAP) "
            + "where it charges more than them on a covered contract.");
    static final Field<Set<DayOfWeek>> CLOSED = Field.optional("closedWeekdays", Kind.of(s -> {
        s.put("type", "array").putObject("items").set("enum", Kind.NODES.arrayNode().addAll(
                WEEKDAYS.stream().map(Kind.NODES::textNode).toList()));
        s.put("uniqueItems", true).put("maxItems", WEEKDAYS.size() - 1);
    }, ClinicForms::closedWeekdays), Set.of(), "Optional. The weekdays the clinic is closed, each listed once, at least one day left open. A "
            + "session whose nominal date falls on one is booked on the next open day, or on the open day "
            + "before where the next would stretch the interval past the goal's longest; dates stay nominal, "
            + "the clinic books the real ones.");
    static final Field<List<Financing>> FINANCING = Field.optional("financing",
            Kind.of(list("financing"), FinancingForms::plans), List.of(), "Optional. The credit plans the clinic offers (\u533b\u7642\u30ed\u30fc\u30f3, \u500b\u5225\u30af\u30ec\u30b8\u30c3\u30c8), each with an id unique in the "
            + "clinic (checked by exoplan); none when left out. exoplan plan --pay-in N --financing ID buys a "
            + "scenario's packages on N instalments under one.");
    static final Form CLINIC = Form.of("clinic", "A clinic with its session prices and other fees.", ID, NAME, DISCLOSURE_FIELD, PRICES, FEES,
            PACKAGES, CANCELLATION, CLOSED, FINANCING);

    /** Reads one clinic (an object) at {@code at}. */
    public static Read read(Values v, JsonNode node, Pointer at) {
        Prices prices = new Prices();
        boolean[] disclosureOk = {true};
        Form.Read f = CLINIC.read(v, node, at, (field, read) -> {
            int errorsBefore = v.errorCount(); // a disclosure set to null is one with an error
            Optional<JsonNode> value = field.node(v, node, at);
            Pointer p = at.property(field.name);
            if (field == DISCLOSURE_FIELD) {
                read.put(DISCLOSURE_FIELD, value.isPresent() ? disclosure(v, value.get(), p) : Disclosure.NONE);
                disclosureOk[0] = v.errorCount() == errorsBefore;
            } else if (field == PRICES) {
                boolean ok = value.filter(n -> v.isNonEmptyObject(n, p, PRICES.name)).isPresent()
                        && prices(v, value.get(), p, prices);
                read.put(PRICES, ok ? prices : null);
            } else if (field == PACKAGES) {
                read.put(PACKAGES, value.isEmpty() ? List.of()
                        : CourseForms.packages(v, value.get(), p, prices, read.get(PRICES) != null).orElse(null));
            }
        });
        Optional<String> id = Optional.ofNullable(f.get(ID));
        Optional<List<Fee>> fees = Optional.ofNullable(f.get(FEES));
        Optional<Disclosure> disclosure = disclosureOk[0] ? Optional.of(f.get(DISCLOSURE_FIELD)) : Optional.empty();
        Optional<Set<String>> priced = prices.keys.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(prices.keys));
        if (id.isEmpty() || f.get(NAME) == null || f.get(PRICES) == null || fees.isEmpty() || f.get(PACKAGES) == null
                || f.get(CANCELLATION) == null || f.get(CLOSED) == null || f.get(FINANCING) == null) {
            return new Read(Optional.empty(), id, disclosure, fees, priced);
        }
        Clinic clinic = new Clinic(id.get(), f.get(NAME), f.get(DISCLOSURE_FIELD), prices.ranges, fees.get(),
                prices.variants, prices.firstVisits, f.get(PACKAGES), f.get(CANCELLATION), f.get(CLOSED),
                f.get(FINANCING));
        if (v.currency() != null) {
            v.rule(SheetRules.totalsFit(at, clinic, v.currency()));
        }
        return new Read(Optional.of(clinic), id, disclosure, fees, priced);
    }

    /** {@code {"type": "array", "items": {"$ref": "#/$defs/NAME"}}}. */
    static Consumer<ObjectNode> list(String name) {
        return s -> s.put("type", "array").set("items", ValueForms.ref(name));
    }

    /** {@code $defs/variants}: a method's variants. */
    static ObjectNode variantsSchema() {
        ObjectNode s = Kind.NODES.objectNode()
                .put("description", "A method priced by variant: its variants, at least one. Without --variant, the low scenario "
            + "takes the cheapest, the high the dearest, and the typical the middle one by price (the cheaper "
            + "of the two middle ones).");
        s.put("type", "array").put("minItems", 1).set("items", ValueForms.ref("variant"));
        return s;
    }
}
