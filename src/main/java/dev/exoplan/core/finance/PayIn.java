package dev.exoplan.core.finance;

import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Loans;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.text.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * {@code compare --pay-in}: a comparison's packages on {@code instalments} instalments, under each clinic's
 * credit plan ({@code financing}'s, else its only one) or, with {@code apr}, the patient's own card.
 */
public record PayIn(int instalments, Optional<String> financing, Optional<BigDecimal> apr) {

    public PayIn {
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(apr, "apr");
        if (financing.isPresent() && apr.isPresent()) {
            throw new IllegalArgumentException("a clinic's plan or a card, not both");
        }
    }

    /**
     * What a clinic's credit does for {@code instalments}: the terms every package is bought on and the
     * least price the plan finances, or why it cannot serve them.
     */
    public sealed interface Credit {
    }

    /**
     * @param plan    the clinic's credit plan; empty for the patient's own card
     * @param minimum the least price financed, in minor units (0: any)
     */
    public record Served(Optional<String> plan, CreditTerms terms, long minimum) implements Credit {

        public Served {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(terms, "terms");
        }

        /** What {@link #fee} gives for a price below the plan's minimum. */
        public static final long BELOW_MINIMUM = -1;

        /** The fee on a package of {@code price} (minor units); {@link #BELOW_MINIMUM} below the plan's minimum. */
        public long fee(long price) {
            return price < minimum ? BELOW_MINIMUM : Loans.fee(price, terms.feePer100());
        }
    }

    /** Why the clinic's credit cannot serve the request: the words {@code plan} would refuse it with. */
    public record Refused(Message why) implements Credit {

        public Refused {
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * The credit {@code clinic} offers for {@code instalments}: the patient's own card with {@code apr};
     * else {@code financing}'s plan, or the clinic's only one; refused where there is none, the named one
     * is not the clinic's, it has several and none is named, or the plan does not offer the number.
     */
    public Credit credit(Clinic clinic) {
        if (apr.isPresent()) {
            return new Served(Optional.empty(), CreditTerms.card(apr.get(), instalments), 0);
        }
        List<Financing> plans = clinic.financing();
        String ids = plans.stream().map(Financing::id).collect(Collectors.joining(", "));
        Financing chosen;
        if (plans.isEmpty()) {
            return new Refused(Message.of("error.payIn.noPlan", clinic.id()));
        } else if (financing.isPresent()) {
            Optional<Financing> named = clinic.financing(financing.get());
            if (named.isEmpty()) {
                return new Refused(Message.of("error.financing.unknown", financing.get(), clinic.id(), ids));
            }
            chosen = named.get();
        } else if (plans.size() == 1) {
            chosen = plans.get(0);
        } else {
            return new Refused(Message.of("error.financing.choose", clinic.id(), ids));
        }
        if (!chosen.offers(instalments)) {
            return new Refused(Message.of("error.payIn.notOffered", String.valueOf(instalments), chosen.id(),
                    chosen.instalments().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return new Served(Optional.of(chosen.id()), chosen.terms(instalments),
                chosen.minimum().map(Amounts::minor).orElse(0L));
    }

    /**
     * The typical total of {@code option} with the credit fees of the packages its typical plan buys (each
     * price × fee per 100 ÷ 100, rounded down); its total alone where it buys none; empty where the clinic's
     * plan cannot serve it (no plan, {@code instalments} not offered, a package below the plan's minimum).
     */
    public OptionalLong typicalTotal(Comparison.Option option) {
        long total = option.quote().typical().total();
        if (option.prepayment().isEmpty()) {
            return OptionalLong.of(total);
        }
        if (!(credit(option.clinic()) instanceof Served served)) {
            return OptionalLong.empty();
        }
        for (PackageRisk risk : option.prepayment().get().packages()) {
            long fee = served.fee(risk.paid());
            if (fee == Served.BELOW_MINIMUM) {
                return OptionalLong.empty();
            }
            total = Math.addExact(total, fee);
        }
        return OptionalLong.of(total);
    }
}
