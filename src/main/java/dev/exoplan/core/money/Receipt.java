package dev.exoplan.core.money;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What one visit's receipt says: the amount before tax, the tax (added or contained), and what the
 * patient pays. {@code subtotal + tax = total}.
 */
public record Receipt(MonetaryAmount subtotal, MonetaryAmount tax, MonetaryAmount total) {

    public Receipt {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(total, "total");
        if (!subtotal.add(tax).isEqualTo(total)) {
            throw new IllegalArgumentException("subtotal + tax must equal total");
        }
    }
}
