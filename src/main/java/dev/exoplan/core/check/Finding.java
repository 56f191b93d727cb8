package dev.exoplan.core.check;

import java.util.Objects;

/**
 * One problem found in a price sheet.
 *
 * @param code    stable code, such as {@code E-RANGE} or {@code W-LABEL}
 * @param pointer RFC 6901 JSON pointer to the value at fault ({@code ""} for the whole document)
 * @param message what is wrong, naming the value
 * @param fix     what to do about it
 */
public record Finding(Severity severity, String code, String pointer, String message, String fix) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    public static Finding error(String code, String pointer, String message, String fix) {
        return new Finding(Severity.ERROR, code, pointer, message, fix);
    }

    public static Finding warning(String code, String pointer, String message, String fix) {
        return new Finding(Severity.WARNING, code, pointer, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
