package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.io.json.Pointer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.money.MonetaryAmount;

/**
 * What a field's value is: its type and constraints as the published schema states them, and how the
 * decoder reads it (through {@link Values}, so that every message is the one it has always been). One
 * declaration makes both, so that they cannot drift apart.
 *
 * @param <T> what the value is read as
 */
public final class Kind<T> {

    /** Reads a field's value that is there and not null; empty when a finding says why not. */
    @FunctionalInterface
    public interface Reader<T> {
        Optional<T> read(Values v, JsonNode value, Pointer at, String field);
    }

    /** A check made on a value that read: false when it recorded why the value is refused. */
    @FunctionalInterface
    public interface Check<T> {
        boolean holds(Values v, T value, Pointer at);
    }

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Consumer<ObjectNode> schema;
    private final Reader<T> reader;

    private Kind(Consumer<ObjectNode> schema, Reader<T> reader) {
        this.schema = schema;
        this.reader = reader;
    }

    /** A kind of value: what it writes into the schema, and how it is read (null: read by its form's code). */
    public static <T> Kind<T> of(Consumer<ObjectNode> schema, Reader<T> reader) {
        return new Kind<>(schema, reader);
    }

    /** A value its object's reader reads itself (a list with checks across its items): schema only. */
    public static <T> Kind<T> custom(Consumer<ObjectNode> schema) {
        return new Kind<>(schema, null);
    }

    /** {@code {"$ref": "#/$defs/NAME"}}. */
    public static Consumer<ObjectNode> ref(String name) {
        return s -> s.put("$ref", "#/$defs/" + name);
    }

    /** A text for people: one string for every language, or ja and en. */
    public static final Kind<LocalizedText> TEXT = of(ref("localizedText"), (v, n, at, f) -> v.text(n, at));
    /** A name shown to people: ja and en, at least one. */
    public static final Kind<LocalizedText> LABEL = of(ref("label"),
            (v, n, at, f) -> v.isObject(n, at, v.what("label")) ? v.text(n, at) : Optional.empty());
    /** A string with something that is not white space, taken as written. */
    public static final Kind<String> NON_BLANK = of(ref("nonBlankString"), (v, n, at, f) -> v.string(n, at));
    /** Any string but a blank one (the schema says only "string"). */
    public static final Kind<String> STRING = of(s -> s.put("type", "string"), (v, n, at, f) -> v.string(n, at));
    /** An amount of money in the sheet's currency. */
    public static final Kind<MonetaryAmount> AMOUNT = of(ref("amount"), (v, n, at, f) -> v.money(n, at));
    /** true or false. */
    public static final Kind<Boolean> BOOLEAN = of(s -> s.put("type", "boolean"), (v, n, at, f) -> v.bool(n, at));
    /** A list of method ids, each defined in the sheet. */
    public static final Kind<List<String>> METHOD_IDS = of(ref("methodIds"), Values::methodList);

    /** An id of {@code what} (clinic, fee, variant, financing: the words of decode.badId.*). */
    public static Kind<String> id(String what) {
        return of(ref("id"), (v, n, at, f) -> v.string(n, at).filter(x -> v.id(x, at, what)));
    }

    /** A whole number from {@code low} to {@code high}; {@code unit} (sessions, weeks, months, days) names them. */
    public static Kind<Integer> count(int low, int high, String unit) {
        return of(s -> s.put("type", "integer").put("minimum", low).put("maximum", high),
                (v, n, at, f) -> v.count(n, at, low, high, unit));
    }

    /** A whole number whose bounds {@code check} holds with its own message (such as E-PACKAGE-SESSIONS). */
    public static Kind<Integer> integer(int low, int high, Check<Integer> check) {
        return of(s -> s.put("type", "integer").put("minimum", low).put("maximum", high),
                (v, n, at, f) -> v.integer(n, at).filter(x -> check.holds(v, x, at)));
    }

    /** A number; {@code bounds} writes its limits, {@code check} holds them with its own message. */
    public static Kind<BigDecimal> number(Consumer<ObjectNode> bounds, Check<BigDecimal> check) {
        return of(s -> bounds.accept(s.put("type", "number")),
                (v, n, at, f) -> v.decimal(n, at).filter(x -> check.holds(v, x, at)));
    }

    /** A range of whole numbers, each {@code low} to {@code high}: the countRange with its bounds. */
    public static Kind<Range<Integer>> countRange(int low, int high, String unit) {
        return of(s -> {
            ref("countRange").accept(s);
            ObjectNode properties = s.put("type", "object").putObject("properties");
            for (String end : List.of("min", "typical", "max")) {
                properties.putObject(end).put("type", "integer").put("minimum", low).put("maximum", high);
            }
        }, (v, n, at, f) -> v.countRange(n, at, low, high, unit));
    }

    /** One of {@code ids}, found by {@code byId}; a refused one is listed with the closest match. */
    public static <E> Kind<E> oneOf(List<String> ids, Function<String, Optional<E>> byId) {
        return of(s -> {
            ArrayNode values = s.putArray("enum");
            ids.forEach(values::add);
        }, (v, n, at, f) -> v.string(n, at).flatMap(x -> v.oneOf(x, at, byId, ids)));
    }

    /** This kind with more keywords after its own (such as {@code "default": false}). */
    public Kind<T> with(Consumer<ObjectNode> more) {
        return new Kind<>(schema.andThen(more), reader);
    }

    /** Whether its object's code reads the value rather than the form. */
    boolean custom() {
        return reader == null;
    }

    Optional<T> read(Values v, JsonNode value, Pointer at, String field) {
        return reader.read(v, value, at, field);
    }

    void schema(ObjectNode into) {
        schema.accept(into);
    }
}
