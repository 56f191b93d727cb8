package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The price sheet's JSON Schema ({@code schema/pricing-v1.schema.json}), made from the forms: the top
 * level, then {@code $defs}, the shared values and every object, in the published file's layout. The
 * committed file is this text ({@code GeneratedSchemaTests} holds them equal); {@code exoplan schema}
 * prints the file.
 */
public final class PricingSchema {

    private PricingSchema() {
    }

    /** The schema as a tree. */
    public static ObjectNode tree() {
        ObjectNode root = Kind.NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:exoplan:pricing:v1");
        root.put("title", "exoplan price sheet, format version 1");
        root.put("description", HeaderForms.SHEET.description);
        HeaderForms.root(root);
        ObjectNode defs = root.putObject("$defs");
        ValueForms.defs(defs);
        defs.set("method", HeaderForms.METHOD.schema());
        defs.set("goal", HeaderForms.GOAL.schema());
        defs.set("fee", ClinicForms.FEE.schema());
        defs.set("disclosure", ClinicForms.DISCLOSURE.schema());
        defs.set("clinic", ClinicForms.CLINIC.schema());
        defs.set("variant", ClinicForms.VARIANT.schema());
        defs.set("variants", ClinicForms.variantsSchema());
        defs.set("coursePackage", CourseForms.PACKAGE.schema());
        defs.set("financing", FinancingForms.FINANCING.schema());
        defs.set("cancellation", CourseForms.CANCELLATION.schema());
        return root;
    }

    /** The schema as the file holds it: two spaces a level, one value a line, a newline at the end. */
    public static String text() {
        StringBuilder out = new StringBuilder();
        write(tree(), 0, out);
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth + 1);
        if (node.isObject()) {
            out.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append('\n').append(indent).append(quoted(e.getKey())).append(": ");
                write(e.getValue(), depth + 1, out);
                out.append(it.hasNext() ? "," : "");
            }
            out.append('\n').append("  ".repeat(depth)).append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append('\n').append(indent);
                write(node.get(i), depth + 1, out);
                out.append(i < node.size() - 1 ? "," : "");
            }
            out.append('\n').append("  ".repeat(depth)).append(']');
        } else {
            out.append(node.isTextual() ? quoted(node.textValue()) : node.toString());
        }
    }

    private static String quoted(String text) {
        return Kind.NODES.textNode(text).toString();
    }
}
