package dev.exoplan.core.sheet;

import java.util.Objects;

/**
 * A low / typical / high value, as price sheets give counts, intervals and prices.
 * Refuses {@code min > typical} and {@code typical > max}.
 */
public record Range<T extends Comparable<? super T>>(T min, T typical, T max) {

    public Range {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(typical, "typical");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(typical) > 0 || typical.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    "range must have min <= typical <= max: " + min + ", " + typical + ", " + max);
        }
    }

    /** A range that is the same value at every bound. */
    public static <T extends Comparable<? super T>> Range<T> exactly(T value) {
        return new Range<>(value, value, value);
    }

    public T at(Bound bound) {
        return switch (bound) {
            case MIN -> min;
            case TYPICAL -> typical;
            case MAX -> max;
        };
    }

    /** Which end of a {@link Range} a scenario takes. */
    public enum Bound {
        MIN, TYPICAL, MAX
    }
}
