package dev.exoplan.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JSON Schemas (draft 2020-12) exoplan ships: the price sheet's and one for each JSON output, the
 * files of the top-level {@code schema/} folder, embedded in the jar. Version 1 of each.
 */
public enum Schema {
    /** The price sheet ({@code pricing.json}): closed, so that editors flag a misspelt field. */
    PRICING,
    /** {@code plan --format json}. */
    PLAN,
    /** {@code compare --format json}. */
    COMPARE,
    /** {@code list --format json} (and {@code goals}, {@code methods}). */
    LIST,
    /** {@code quote --format json}: the array; its {@code $defs/row} is one line of {@code --format jsonl}. */
    QUOTE,
    /** {@code validate --format json}. */
    VALIDATE;

    /** The name {@code exoplan schema --of} takes, and the start of the file's name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file's name in {@code schema/}, such as {@code plan-v1.schema.json}. */
    public String fileName() {
        return id() + "-v1.schema.json";
    }

    /** The schema as shipped, byte for byte. */
    public String text() {
        String resource = "/dev/exoplan/schema/" + fileName();
        try (InputStream in = Schema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in schema " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
