package dev.exoplan.core.finance;

import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Loans;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Financing;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

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
     * The typical total of {@code option} with the credit fees of the packages its typical plan buys (each
     * price × fee per 100 ÷ 100, rounded down); its total alone where it buys none; empty where the clinic's
     * plan cannot serve it (no plan, {@code instalments} not offered, a package below the plan's minimum).
     */
    public OptionalLong typicalTotal(Comparison.Option option) {
        Optional<CreditTerms> terms;
        long minimum = 0;
        if (apr.isPresent()) {
            terms = Optional.of(CreditTerms.card(apr.get(), instalments));
        } else {
            Clinic clinic = option.clinic();
            Optional<Financing> plan = financing.isPresent() ? clinic.financing(financing.get())
                    : clinic.financing().size() == 1 ? Optional.of(clinic.financing().get(0)) : Optional.empty();
            terms = plan.filter(p -> p.offers(instalments)).map(p -> p.terms(instalments));
            minimum = plan.flatMap(Financing::minimum).map(Amounts::minor).orElse(0L);
        }
        long total = option.quote().typical().total();
        if (option.prepayment().isEmpty()) {
            return OptionalLong.of(total);
        }
        if (terms.isEmpty()) {
            return OptionalLong.empty();
        }
        for (PackageRisk risk : option.prepayment().get().packages()) {
            if (risk.paid() < minimum) {
                return OptionalLong.empty();
            }
            total = Math.addExact(total, Loans.fee(risk.paid(), terms.get().feePer100()));
        }
        return OptionalLong.of(total);
    }
}
