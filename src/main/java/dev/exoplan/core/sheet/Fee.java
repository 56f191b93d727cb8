package dev.exoplan.core.sheet;

import dev.exoplan.core.text.LocalizedText;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A fee beside the treatment itself: a consultation, an anaesthetic cream, a blood test.
 *
 * @param optional charged only when the patient asks for it (the high scenario includes it)
 * @param methods  the methods it applies to; empty means every method
 */
public record Fee(
        String id,
        LocalizedText label,
        MonetaryAmount amount,
        Charge per,
        boolean optional,
        Set<String> methods) {

    public Fee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(per, "per");
        methods = Set.copyOf(methods);
        if (amount.isNegative()) {
            throw new IllegalArgumentException("fee " + id + " is negative");
        }
    }

    public boolean appliesTo(String methodId) {
        return methods.isEmpty() || methods.contains(methodId);
    }

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
}
