package dev.exoplan.core.cost;

import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.Wording;
import java.util.Locale;
import java.util.Objects;

/**
 * A plan request that the price sheet cannot answer: an unknown goal, method or clinic, a method the
 * goal or clinic does not offer, or a horizon out of bounds. The message is one line that names
 * what was asked, what exists and how to fix it: a {@link dev.exoplan.core.text.Message} of the bundles,
 * put in the reader's language by {@link #message(Language)}; {@link #getMessage()} is the English one.
 */
public final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The part of the request at fault. */
    public enum Field {
        GOAL, METHOD, CLINIC, START, MONTHS, VARIANT, CONTRACT_DATE, PAY_IN;

        /** The option that names this field: {@code --contract-date}. */
        public String option() {
            return "--" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Field field;
    private final transient Wording text;

    public InvalidRequestException(Field field, Wording text) {
        super(Objects.requireNonNull(text, "text").in(Language.EN));
        this.field = field;
        this.text = text;
    }

    public Field field() {
        return field;
    }

    /** The message in {@code language}. */
    public String message(Language language) {
        return text.in(language);
    }
}
