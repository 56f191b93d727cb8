package dev.exoplan.io.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.check.SheetRules;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.ClosestMatch;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.json.Pointer;
import dev.exoplan.io.sheet.form.HeaderForms;
import dev.exoplan.io.sheet.form.ValueForms;
import dev.exoplan.io.sheet.form.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The ground floor of the price sheet's decoder: reads one JSON value as a typed value (an id, a count,
 * an amount in the sheet's currency, a range, a text in ja and en) or records the finding that says why
 * it cannot, at its JSON pointer, with the closest match and the fix; and keeps the findings and the
 * error count. {@link ClinicDecoder} and {@link SheetDecoder} build the sheet's objects on it, so that
 * every message and place is made in one way.
 */
abstract class SheetValues implements Values {

    static final int SCHEMA_VERSION = HeaderForms.SCHEMA_VERSION;
    static final int MAX_SESSIONS = HeaderForms.MAX_SESSIONS;
    static final int MAX_INITIAL_INTERVAL_WEEKS = HeaderForms.MAX_INITIAL_INTERVAL_WEEKS;
    static final int MAX_MAINTENANCE_INTERVAL_MONTHS = HeaderForms.MAX_MAINTENANCE_INTERVAL_MONTHS;
    static final int MAX_ONSET_WEEKS = HeaderForms.MAX_ONSET_WEEKS;
    /** The fields of the shared values, from their forms. */
    private static final String[] COUNT_RANGE = ValueForms.COUNT_RANGE.names();
    private static final String[] AMOUNT_RANGE = ValueForms.AMOUNT_RANGE.names();
    private static final String[] LABEL = ValueForms.LABEL.names();
    /** Digits before the decimal point any number may have: 10^15 is far beyond any price. */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point any number may have (a tax rate of 0.08875 has 5). */
    static final int MAX_FRACTION_DIGITS = 10;

    final List<Finding> findings = new ArrayList<>();
    int errors;
    CurrencyUnit currency;
    static final int AMOUNT_SLOTS_BITS = 10;
    /** {@link #wholeAmount}'s amounts made so far, by slot, and the whole values they stand for. */
    final MonetaryAmount[] amountValues = new MonetaryAmount[1 << AMOUNT_SLOTS_BITS];
    final long[] amountKeys = new long[1 << AMOUNT_SLOTS_BITS];
    /** The places where a null has been reported: once per place. */
    final Set<String> nulls = new HashSet<>();
    /** The messages {@link #what} made, by key: asked for every value checked, used only for a finding. */
    final Map<String, Message> whats = new HashMap<>();

    /** The findings since the last call, handed over and forgotten (a streamed sheet keeps none). */
    List<Finding> drain() {
        List<Finding> drained = List.copyOf(findings);
        findings.clear();
        return drained;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** How many errors have been found since {@link SheetDecoder#header}. */
    @Override
    public int errorCount() {
        return errors;
    }

    // ---- values -------------------------------------------------------------------------------

    @Override
    public Optional<List<String>> methodList(JsonNode list, Pointer p, String field) {
        if (!isArray(list, p, field)) {
            return Optional.empty();
        }
        if (list.isEmpty()) {
            error("E-REQUIRED", p, Message.of("decode.noMethods"), Message.of("decode.noMethods.fix"));
            return Optional.empty();
        }
        List<String> methods = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Pointer ip = p.index(i);
            Optional<String> m = string(list.get(i), ip);
            if (m.isEmpty() || !reference(m.get(), ip)) {
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

    @Override
    public boolean reference(String methodId, Pointer at) {
        return rule(SheetRules.methodDefined(at, methodId, methodIds()));
    }

    @Override
    public Optional<Range<Integer>> countRange(JsonNode range, Pointer p, int low, int high, String unit) {
        if (!isObject(range, p, what("range"))) {
            return Optional.empty();
        }
        known(range, p, COUNT_RANGE);
        Optional<Integer> min = required(range, p, "min").flatMap(n -> count(n, p.property("min"), low,
                high, unit));
        Optional<Integer> max = required(range, p, "max").flatMap(n -> count(n, p.property("max"), low,
                high, unit));
        boolean hasTypical = optional(range, p, "typical").isPresent();
        Optional<Integer> typical = hasTypical
                ? count(range.get("typical"), p.property("typical"), low, high, unit)
                : min.flatMap(a -> max.map(b -> (a + b + 1) / 2)); // midpoint, half up
        if (min.isEmpty() || max.isEmpty() || typical.isEmpty()) {
            return Optional.empty();
        }
        if (!ordered(p, min.get(), typical.get(), max.get(), hasTypical, String::valueOf)) {
            return Optional.empty();
        }
        return Optional.of(new Range<>(min.get(), typical.get(), max.get()));
    }

    @Override
    public Optional<Integer> count(JsonNode node, Pointer at, int low, int high, String unit) {
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
    @Override
    public Optional<Range<MonetaryAmount>> moneyRange(JsonNode node, Pointer at) {
        if (!isObject(node, at, what("priceOrVariants"))) {
            return Optional.empty();
        }
        known(node, at, AMOUNT_RANGE);
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
    Optional<MonetaryAmount> requiredMoney(JsonNode node, Pointer at, String field) {
        Optional<JsonNode> value = required(node, at, field);
        return value.isPresent() ? money(value.get(), at.property(field)) : Optional.empty();
    }

    <T extends Comparable<? super T>> boolean ordered(Pointer at, T min, T typical, T max,
            boolean hasTypical, Function<T, String> show) {
        return rule(SheetRules.ordered(at, min, typical, max, hasTypical, show));
    }

    @Override
    public Optional<MonetaryAmount> money(JsonNode node, Pointer at) {
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
    static final long MAX_WHOLE_AMOUNT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS).longValueExact();

    /**
     * The amount {@code whole} in the sheet's currency, made once per value as long as no other value takes
     * its slot: a chain's sheet repeats the same fees and prices clinic after clinic, and an amount is
     * immutable, so they can share one.
     */
    MonetaryAmount wholeAmount(long whole) {
        int slot = (int) ((whole * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - AMOUNT_SLOTS_BITS));
        MonetaryAmount amount = amountValues[slot];
        if (amount == null || amountKeys[slot] != whole) {
            amount = Amounts.of(BigDecimal.valueOf(whole).setScale(Amounts.minorDigits(currency)), currency);
            amountKeys[slot] = whole;
            amountValues[slot] = amount;
        }
        return amount;
    }

    /** A string (the same in every language) or an object with {@code ja} and {@code en}. */
    @Override
    public Optional<LocalizedText> text(JsonNode node, Pointer at) {
        if (node.isTextual()) {
            return nonBlank(node.asText(), at).map(String::strip).map(LocalizedText::plain);
        }
        if (!node.isObject()) {
            typeError(node, at, what("text"));
            return Optional.empty();
        }
        known(node, at, LABEL);
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

    @Override
    public Optional<String> string(JsonNode node, Pointer at) {
        if (!node.isTextual()) {
            typeError(node, at, what("string"));
            return Optional.empty();
        }
        return nonBlank(node.asText(), at);
    }

    Optional<String> nonBlank(String text, Pointer at) {
        if (text.isBlank()) {
            error("E-REQUIRED", at, Message.of("decode.emptyText"), Message.of("decode.emptyText.fix"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    @Override
    public Optional<Integer> integer(JsonNode node, Pointer at) {
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

    @Override
    public Optional<BigDecimal> decimal(JsonNode node, Pointer at) {
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

    @Override
    public Optional<Boolean> bool(JsonNode node, Pointer at) {
        if (!node.isBoolean()) {
            typeError(node, at, what("boolean"));
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    @Override
    public <T> Optional<T> oneOf(String value, Pointer at, Function<String, Optional<T>> byId,
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

    @Override
    public boolean id(String id, Pointer at, String what) {
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

    @Override
    public Optional<JsonNode> required(JsonNode object, Pointer at, String field) {
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
    @Override
    public Optional<JsonNode> optional(JsonNode object, Pointer at, String field) {
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
    static Optional<JsonNode> present(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** What a value should be, {@code decode.what.<key>}: a clinic, a whole number … (made once per key). */
    @Override
    public Message what(String key) {
        Message what = whats.get(key);
        if (what == null) {
            what = Message.of("decode.what." + key);
            whats.put(key, what);
        }
        return what;
    }

    /** {@code what}: a {@code decode.what.*} message, or a field's name as it stands in the sheet. */
    @Override
    public boolean isObject(JsonNode node, Pointer at, Object what) {
        if (node.isObject()) {
            return true;
        }
        typeError(node, at, Message.of("decode.expected.object", what));
        return false;
    }

    /** An object with at least one field; {@code field} is its name, and decode.empty.<field>.fix says what to add. */
    @Override
    public boolean isNonEmptyObject(JsonNode node, Pointer at, String field) {
        if (!isObject(node, at, field)) {
            return false;
        }
        if (node.isEmpty()) {
            error("E-REQUIRED", at, Message.of("decode.empty", field), Message.of("decode.empty." + field + ".fix"));
            return false;
        }
        return true;
    }

    @Override
    public boolean isArray(JsonNode node, Pointer at, Object what) {
        if (node.isArray()) {
            return true;
        }
        typeError(node, at, Message.of("decode.expected.array", what));
        return false;
    }

    @Override
    public void known(JsonNode object, Pointer at, String... fields) {
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

    static boolean among(String name, String[] fields) {
        for (String field : fields) {
            if (field.equals(name)) {
                return true;
            }
        }
        return false;
    }

    void typeError(JsonNode node, Pointer at, Message expected) {
        error("E-TYPE", at, Message.of("decode.type", expected, describe(node)), Message.of("decode.type.fix", expected));
    }

    /** A value of the sheet as a message names it: the string "…", the number 5, true, an array … */
    static Object describe(JsonNode node) {
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


    @Override
    public String shown(BigDecimal value) {
        return show(value);
    }

    @Override
    public String quote(String text) {
        return q(text);
    }

    @Override
    public CurrencyUnit currency() {
        return currency;
    }

    /** A value from the sheet quoted in a message: at most 40 characters, so a huge one stays one short line. */
    static String q(String text) {
        return SheetRules.abbreviate(text);
    }

    @Override
    public void error(String code, Pointer at, Message message, Message fix) {
        errors++;
        findings.add(Finding.error(code, at.toString(), message, fix));
    }

    /** A rule of {@link SheetRules}: its error, if any, is recorded; true when the rule holds. */
    @Override
    public boolean rule(Optional<Finding> broken) {
        if (broken.isEmpty()) {
            return true;
        }
        errors++;
        findings.add(broken.get());
        return false;
    }

    @Override
    public void warning(String code, Pointer at, Message message, Message fix) {
        findings.add(Finding.warning(code, at.toString(), message, fix));
    }
}
