package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.io.json.Pointer;
import java.util.Optional;

/**
 * One field of a sheet object, declared once: its name, whether it is required (and what it stands for
 * when left out), its {@link Kind}, and its description for the published schema.
 *
 * @param <T> what {@link Form.Read#get} gives for it
 */
public final class Field<T> {

    final String name;
    final boolean required;
    final Kind<?> kind;
    final String description;
    private final Object absent;
    private final boolean wrapped;
    /** Its place among its form's fields, set by the form. */
    int index = -1;

    private Field(String name, boolean required, Kind<?> kind, String description, Object absent, boolean wrapped) {
        this.name = name;
        this.required = required;
        this.kind = kind;
        this.description = description;
        this.absent = absent;
        this.wrapped = wrapped;
    }

    /** A field that must be there. */
    public static <T> Field<T> required(String name, Kind<T> kind, String description) {
        return new Field<>(name, true, kind, description, null, false);
    }

    /** A field that may be left out: {@link Optional#empty()} then. */
    public static <T> Field<Optional<T>> optional(String name, Kind<T> kind, String description) {
        return new Field<>(name, false, kind, description, Optional.empty(), true);
    }

    /** A field that may be left out, standing for {@code absent} then. */
    public static <T> Field<T> optional(String name, Kind<T> kind, T absent, String description) {
        return new Field<>(name, false, kind, description, absent, false);
    }

    public String name() {
        return name;
    }

    /**
     * The field's value in {@code object}: what it stands for when left out (or null, which is reported),
     * empty when a finding says why it cannot be read.
     */
    Optional<Object> read(Values v, JsonNode object, Pointer at) {
        Optional<JsonNode> node = node(v, object, at);
        if (node.isEmpty()) {
            return required ? Optional.empty() : Optional.of(absent);
        }
        Optional<?> value = kind.read(v, node.get(), at.property(name), name);
        return wrapped ? value.map(Optional::of) : value.map(x -> (Object) x);
    }

    /** The field's JSON value, for an object's code that reads it itself: required or optional as declared. */
    public Optional<JsonNode> node(Values v, JsonNode object, Pointer at) {
        return required ? v.required(object, at, name) : v.optional(object, at, name);
    }

    /** The field's schema: its description, then its kind's keywords. */
    ObjectNode schema() {
        ObjectNode schema = Kind.NODES.objectNode();
        if (description != null) {
            schema.put("description", description);
        }
        kind.schema(schema);
        return schema;
    }
}
