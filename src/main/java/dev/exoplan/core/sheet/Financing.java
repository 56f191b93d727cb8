package dev.exoplan.core.sheet;

import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.FeeRates;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.MonetaryAmount;

/**
 * A credit plan a clinic offers (iryou loan, kobetsu credit): the numbers of instalments and their price,
 * either the credit company's published table (fee per 100 of the cash price for each number) or the
 * annual rate (jisshitsu nenritsu) it is derived from; what it may finance, and when and how it is repaid.
 *
 * @param feePer100 the published table by number of instalments; empty where only {@code apr} is given
 * @param apr       the annual rate in percent; where a table is given too, the table is what is charged
 * @param minimum   the least amount the plan finances
 */
public record Financing(String id, LocalizedText label, Optional<LocalizedText> provider, List<Integer> instalments,
        Map<Integer, BigDecimal> feePer100, Optional<BigDecimal> apr, Optional<MonetaryAmount> minimum,
        Finances finances, int firstPaymentMonthsAfter, int paymentDay, Remainder remainder) {

    /** What a plan may finance. */
    public enum Finances {
        /** The packages a plan buys (the default). */
        PACKAGES,
        /** Every visit's payment: packages and single sessions. */
        VISITS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Financing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(provider, "provider");
        instalments = List.copyOf(instalments);
        feePer100 = Collections.unmodifiableMap(new TreeMap<>(feePer100));
        Objects.requireNonNull(apr, "apr");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(finances, "finances");
        Objects.requireNonNull(remainder, "remainder");
        if (instalments.isEmpty() || feePer100.isEmpty() && apr.isEmpty()) {
            throw new IllegalArgumentException("a credit plan offers instalments at a table or a rate");
        }
        for (int n : instalments) {
            if (apr.isEmpty() && !feePer100.containsKey(n)) {
                throw new IllegalArgumentException("a credit plan's table has no row for " + n);
            }
        }
    }

    public boolean offers(int n) {
        return instalments.contains(n);
    }

    /**
     * The terms of {@code n} instalments: the table's row where there is one, else derived from the rate.
     *
     * @throws IllegalArgumentException for a number the plan does not offer
     */
    public CreditTerms terms(int n) {
        if (!offers(n)) {
            throw new IllegalArgumentException(id + " does not offer " + n + " instalments");
        }
        BigDecimal fee = feePer100.containsKey(n) ? feePer100.get(n) : FeeRates.fromApr(apr.orElseThrow(), n);
        return new CreditTerms(n, fee, feePer100.containsKey(n) ? Optional.empty() : apr, firstPaymentMonthsAfter,
                paymentDay, remainder);
    }
}
