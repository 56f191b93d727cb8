package dev.exoplan.io.json;

import java.util.function.Supplier;

/**
 * An RFC 6901 JSON pointer built one step at a time, as a reader walks a document: a step costs one
 * small object, and the pointer's text ({@code /clinics/3/fees/0}, with {@code ~} and {@code /} in a
 * name escaped as {@code ~0} and {@code ~1}) is made only when asked for, once, sharing its parent's.
 * A sheet of a million values names each one but writes out only the pointers of its findings. It is
 * its own {@link Supplier} of that text, as the rules of {@code core.check.SheetRules} take a place: a
 * rule that holds never asks.
 */
public final class Pointer implements Supplier<String> {

    private static final Pointer ROOT = new Pointer(null, null, -1, "");

    private final Pointer parent;
    /** The member's name, or null for an array's element. */
    private final String name;
    private final int index;
    private String text;

    private Pointer(Pointer parent, String name, int index, String text) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.text = text;
    }

    /** The whole document, {@code ""}. */
    public static Pointer root() {
        return ROOT;
    }

    /** The member {@code name} of the object this pointer names. */
    public Pointer property(String name) {
        return new Pointer(this, name, -1, null);
    }

    /** Element {@code index} (from 0) of the array this pointer names. */
    public Pointer index(int index) {
        return new Pointer(this, null, index, null);
    }

    /** The pointer's text, the same as {@link #toString}. */
    @Override
    public String get() {
        return toString();
    }

    @Override
    public String toString() {
        if (text == null) {
            String head = parent.toString();
            text = name == null ? head + "/" + index : head + "/" + escape(name);
        }
        return text;
    }

    private static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
