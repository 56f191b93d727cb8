package dev.exoplan.io.sheet.form;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The values the sheet's objects share, as the schema's {@code $defs} name them: an id, a non-blank
 * string, a label (ja and en), a text, a range of whole numbers, an amount, a range of amounts, a list
 * of method ids. Their readers are {@code io.sheet.SheetValues}'s, which take the field names from here.
 */
public final class ValueForms {

    private ValueForms() {
    }

    /** Text in ja and en, at least one. */
    public static final Form LABEL = Form.of("label", "Text in Japanese (\"ja\") and English (\"en\"). At least one of them is required; exoplan "
            + "warns when one is missing and shows the other in its place.",
            s -> s.put("minProperties", 1),
            Field.optional("ja", Kind.NON_BLANK, "The text in Japanese."),
            Field.optional("en", Kind.NON_BLANK, "The text in English."));

    private static final Kind<Integer> WHOLE = Kind.custom(s -> s.put("type", "integer"));

    /** A low, typical and high whole number; each use sets its bounds ({@link Kind#countRange}). */
    public static final Form COUNT_RANGE = Form.of("countRange", "A low, typical and high whole number. Each use sets its own bounds. That min <= typical <= max "
            + "is checked by exoplan.",
            Field.required("min", WHOLE, "The lowest value."),
            Field.optional("typical", WHOLE, "Optional. The usual value; when left out, exoplan uses the midpoint of min and max, rounded "
            + "half up."),
            Field.required("max", WHOLE, "The highest value."));

    private static final Kind<Object> MONEY = Kind.custom(Kind.ref("amount"));

    /** A session's price: low, typical and high, and a first-visit price. */
    public static final Form AMOUNT_RANGE = Form.of("amountRange", "A low, typical and high price for one session, and optionally a first-visit price. That min <= "
            + "typical <= max and that each amount fits the currency's decimals are checked by exoplan.",
            Field.required("min", MONEY, "The lowest price."),
            Field.optional("typical", MONEY, "Optional. The usual price; when left out, exoplan uses the midpoint of min and max, rounded "
            + "half up to the currency's minor unit."),
            Field.required("max", MONEY, "The highest price."),
            Field.optional("firstVisit", MONEY, "Optional. The first-visit price (\u521d\u56de\u4fa1\u683c): what the first session costs, in every scenario, when "
            + "it is bought on its own instead of with a package. exoplan validate warns "
            + "(W-FIRST-VISIT-HIGHER) when it is above min."));

    /** Writes the shared values into {@code defs}, in the schema's order, before the objects. */
    static void defs(ObjectNode defs) {
        defs.putObject("id").put("description", "An id: 1 to 63 lower-case ASCII letters, digits and hyphens, starting with a letter or digit, "
            + "such as \"sample-a\".")
                .put("type", "string").put("pattern", "^[a-z0-9][a-z0-9-]{0,62}$");
        defs.putObject("nonBlankString").put("description", "A string with at least one character that is not white space. Leading and trailing white space "
            + "is dropped.")
                .put("type", "string").put("pattern", "\\S");
        defs.set("label", LABEL.schema());
        ObjectNode text = defs.putObject("localizedText").put("description", "Either one string used for every language, or an object with the text in Japanese (\"ja\") and "
            + "English (\"en\").");
        text.putArray("oneOf").add(ref("nonBlankString")).add(ref("label"));
        defs.set("countRange", COUNT_RANGE.schema());
        defs.putObject("amount").put("description", "An amount of money in the sheet's currency, 0 or more and below 10^15; whether it includes tax "
            + "is set by /tax/included. That it has no more decimals than the currency allows (none for JPY, "
            + "two for USD) is checked by exoplan.")
                .put("type", "number").put("minimum", 0).put("exclusiveMaximum", 1_000_000_000_000_000L);
        defs.set("amountRange", AMOUNT_RANGE.schema());
        ObjectNode ids = defs.putObject("methodIds").put("description", "A non-empty list of method ids, each listed once. That each is defined in /methods is checked "
            + "by exoplan.")
                .put("type", "array").put("minItems", 1).put("uniqueItems", true);
        ids.set("items", ref("id"));
    }

    static ObjectNode ref(String name) {
        ObjectNode ref = Kind.NODES.objectNode();
        Kind.ref(name).accept(ref);
        return ref;
    }
}
