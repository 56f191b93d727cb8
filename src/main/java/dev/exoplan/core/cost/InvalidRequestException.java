package dev.exoplan.core.cost;

/**
 * A plan request that the price sheet cannot answer: an unknown goal, method or clinic, a method the
 * goal or clinic does not offer, or a horizon out of bounds. The message is one line that names
 * what was asked, what exists and how to fix it.
 */
public final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The part of the request at fault. */
    public enum Field {
        GOAL, METHOD, CLINIC, START, MONTHS, VARIANT
    }

    private final Field field;

    public InvalidRequestException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
