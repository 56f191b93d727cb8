package dev.exoplan.core.check;

import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Wording;
import java.util.Objects;

/**
 * One problem found in a price sheet, with what is wrong and how to fix it: exoplan's own words as
 * {@link dev.exoplan.core.text.Message}s of the bundles, put in a language only when shown.
 *
 * @param code    stable code, such as {@code E-RANGE} or {@code W-LABEL}
 * @param pointer RFC 6901 JSON pointer to the value at fault ({@code ""} for the whole document)
 * @param text    what is wrong, naming the value
 * @param remedy  what to do about it
 */
public record Finding(Severity severity, String code, String pointer, Wording text, Wording remedy) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(remedy, "remedy");
    }

    /** A finding whose words exist in English only (such as a JSON parser's message). */
    public static Finding error(String code, String pointer, String message, String fix) {
        return new Finding(Severity.ERROR, code, pointer, LocalizedText.plain(message), LocalizedText.plain(fix));
    }

    public static Finding error(String code, String pointer, Wording message, Wording fix) {
        return new Finding(Severity.ERROR, code, pointer, message, fix);
    }

    public static Finding warning(String code, String pointer, Wording message, Wording fix) {
        return new Finding(Severity.WARNING, code, pointer, message, fix);
    }

    /** The English message. */
    public String message() {
        return text.in(Language.EN);
    }

    /** The English fix. */
    public String fix() {
        return remedy.in(Language.EN);
    }

    public String message(Language language) {
        return text.in(language);
    }

    public String fix(Language language) {
        return remedy.in(language);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding with another severity, as {@code --strict} makes warnings errors. */
    public Finding withSeverity(Severity severity) {
        return new Finding(severity, code, pointer, text, remedy);
    }
}
