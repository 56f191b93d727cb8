package dev.exoplan.core.course;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The fewest sessions of a course for which it costs no more than paying the same sessions singly:
 * after stopping and being refunded ({@code ifRefunded}), and with nothing refunded at all
 * ({@code ifNoRefund}: a clinic that closes, a contract not covered). Empty where no number of
 * sessions up to the course's does it, and {@code ifRefunded} also where no refund terms are known.
 */
public record BreakEven(OptionalInt ifRefunded, OptionalInt ifNoRefund) {

    public BreakEven {
        Objects.requireNonNull(ifRefunded, "ifRefunded");
        Objects.requireNonNull(ifNoRefund, "ifNoRefund");
    }

    /**
     * @param price   what the course costs, in minor units
     * @param stops   what stopping after 0 … sessions − 1 returns (empty: no refund terms known)
     * @param singles {@code singles[n - 1]}: what the first n of its sessions would cost bought singly,
     *                for n = 1 … sessions
     */
    public static BreakEven of(long price, List<Stop> stops, long[] singles) {
        int sessions = singles.length;
        if (!stops.isEmpty() && stops.size() != sessions) {
            throw new IllegalArgumentException("one stop for each of 0 … sessions − 1");
        }
        OptionalInt refunded = OptionalInt.empty();
        OptionalInt none = OptionalInt.empty();
        for (int n = 1; n <= sessions; n++) {
            long single = singles[n - 1];
            // Having all of them: nothing is refunded, and the course costs its price.
            long net = n == sessions || stops.isEmpty() ? price : price - stops.get(n).refund();
            if (refunded.isEmpty() && !stops.isEmpty() && net <= single) {
                refunded = OptionalInt.of(n);
            }
            if (none.isEmpty() && price <= single) {
                none = OptionalInt.of(n);
            }
        }
        return new BreakEven(refunded, none);
    }
}
