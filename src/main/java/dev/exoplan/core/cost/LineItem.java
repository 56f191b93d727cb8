package dev.exoplan.core.cost;

import dev.exoplan.core.sheet.LocalizedText;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One line of an itemised bill: {@code quantity × unitPrice = amount}, at the sheet's prices (tax
 * included or excluded as the sheet states).
 *
 * @param id the method id for a session, the fee id for a fee
 */
public record LineItem(Kind kind, String id, LocalizedText label, MonetaryAmount unitPrice, int quantity,
        MonetaryAmount amount) {

    /** A treatment session or a fee beside it. */
    public enum Kind {
        SESSION, FEE
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
