package dev.exoplan.core.money;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a receipt's consumption tax is rounded to the currency's minor unit. Japanese clinics
 * usually drop fractions of a yen ({@code floor}, kirisute).
 */
public enum TaxRounding {
    FLOOR("floor", RoundingMode.FLOOR),
    HALF_UP("half-up", RoundingMode.HALF_UP),
    CEILING("ceiling", RoundingMode.CEILING);

    private final String id;
    private final RoundingMode mode;

    TaxRounding(String id, RoundingMode mode) {
        this.id = id;
        this.mode = mode;
    }

    /** The spelling used in price sheets. */
    public String id() {
        return id;
    }

    public RoundingMode mode() {
        return mode;
    }

    public static Optional<TaxRounding> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
