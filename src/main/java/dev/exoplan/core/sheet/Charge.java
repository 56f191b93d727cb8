package dev.exoplan.core.sheet;

import java.util.Arrays;
import java.util.Optional;

/** When a fee is charged: once, at the first visit, or at every visit. */
public enum Charge {
    ONCE("once"),
    PER_VISIT("visit");

    private final String id;

    Charge(String id) {
        this.id = id;
    }

    /** The spelling used in price sheets' {@code per} field. */
    public String id() {
        return id;
    }

    public static Optional<Charge> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
