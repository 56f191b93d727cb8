package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.io.json.Pointer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One object of the price sheet (a clinic, a fee, a credit plan …): its fields in the order the schema
 * lists them, its description, and any keyword the fields alone do not make. It writes the object's
 * schema and reads the object's fields with {@link Values}.
 */
public final class Form {

    final String name;
    final String description;
    private final List<Field<?>> fields;
    private final String[] names;
    private final Consumer<ObjectNode> extra;

    private Form(String name, String description, Consumer<ObjectNode> extra, List<Field<?>> fields) {
        this.name = name;
        this.description = description;
        this.fields = fields;
        this.extra = extra;
        this.names = fields.stream().map(Field::name).toArray(String[]::new);
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).index >= 0) {
                throw new IllegalArgumentException(fields.get(i).name + " is in two forms");
            }
            fields.get(i).index = i;
        }
    }

    /** An object named {@code name} in the schema's {@code $defs} (or where it stands inline). */
    public static Form of(String name, String description, Field<?>... fields) {
        return new Form(name, description, s -> { }, List.of(fields));
    }

    /** The same with keywords of the object's own after {@code required} (such as {@code anyOf}). */
    public static Form of(String name, String description, Consumer<ObjectNode> extra, Field<?>... fields) {
        return new Form(name, description, extra, List.of(fields));
    }

    /** The names of its fields, in order: every other field is unknown. */
    public String[] names() {
        return names.clone();
    }

    /** The values of one object's fields, as its form read them. */
    public static final class Read {
        private final Object[] values;
        private boolean ok = true;

        Read(int size) {
            values = new Object[size];
        }

        /** The field's value; null when it could not be read (a finding says why). */
        @SuppressWarnings("unchecked")
        public <T> T get(Field<T> field) {
            return (T) values[field.index];
        }

        /** The field's value, or empty when it could not be read: for an optional field's value. */
        public <T> Optional<T> present(Field<Optional<T>> field) {
            Optional<T> value = get(field);
            return value == null ? Optional.empty() : value;
        }

        /** Whether every field the form and its object's code read was read. */
        public boolean ok() {
            return ok;
        }

        /** Records a custom field's value, read by its object's code; null when it could not be read. */
        public <T> void put(Field<T> field, T value) {
            values[field.index] = value;
            ok &= value != null;
        }
    }

    /** An object's code that reads its custom fields, each at its place among the others. */
    @FunctionalInterface
    public interface Custom {
        /** Reads {@code field} of the object and {@link Read#put}s its value. */
        void read(Field<?> field, Read read);
    }

    /** Reads an object that has no custom field, or whose custom fields its code reads afterwards. */
    public Read read(Values v, JsonNode node, Pointer at) {
        return read(v, node, at, (field, read) -> { });
    }

    /**
     * Reads the object {@code node} at {@code at}: warns about unknown fields, then reads each field in
     * order, a custom one by {@code custom}.
     */
    public Read read(Values v, JsonNode node, Pointer at, Custom custom) {
        v.known(node, at, names);
        Read read = new Read(fields.size());
        for (Field<?> field : fields) {
            if (field.kind.custom()) {
                custom.read(field, read);
                continue;
            }
            Optional<Object> value = field.read(v, node, at);
            if (value.isPresent()) {
                read.values[field.index] = value.get();
            } else {
                read.ok = false;
            }
        }
        return read;
    }

    /** The object's schema as it stands in {@code $defs}: its description, then {@link #body}. */
    public ObjectNode schema() {
        ObjectNode schema = Kind.NODES.objectNode();
        schema.put("description", description);
        body(schema);
        return schema;
    }

    /** The object's keywords after its description: type, required, its own, closed, properties. */
    void body(ObjectNode schema) {
        schema.put("type", "object");
        List<Field<?>> required = fields.stream().filter(f -> f.required).toList();
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.forEach(f -> list.add(f.name));
        }
        extra.accept(schema);
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        fields.forEach(f -> properties.set(f.name, f.schema()));
    }

    /** A field whose value is this object, inline (its schema in the field's place, not in $defs). */
    public Consumer<ObjectNode> inline() {
        return this::body;
    }
}
