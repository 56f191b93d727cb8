package dev.exoplan.core.check;

/** RFC 6901 JSON pointers built from a price sheet's structure. */
public final class Pointers {

    private Pointers() {
    }

    /** {@code of("goals", "skin", "label")} → {@code /goals/skin/label}; segments are escaped. */
    public static String of(Object... segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(String.valueOf(segment).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
