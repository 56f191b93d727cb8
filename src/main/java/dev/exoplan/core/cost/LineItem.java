package dev.exoplan.core.cost;

import dev.exoplan.core.text.Wording;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One line of an itemised bill: {@code quantity × unitPrice = amount}, at the sheet's prices (tax
 * included or excluded as the sheet states).
 *
 * @param id the method id for a session or a first visit, {@code package-N} for the clinic's N-th
 *           package (from 1), the fee id for a fee
 */
public record LineItem(Kind kind, String id, Wording label, MonetaryAmount unitPrice, int quantity,
        MonetaryAmount amount) {

    /**
     * A treatment session bought on its own, a fee beside it, the first session at the first-visit
     * price, or a package of sessions.
     */
    public enum Kind {
        SESSION, FEE, FIRST_VISIT, PACKAGE;

        /** The lower-case, hyphenated name used in JSON: {@code session}, {@code first-visit}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public LineItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
        }
    }
}
