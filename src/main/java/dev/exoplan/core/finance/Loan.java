package dev.exoplan.core.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One purchase paid in instalments, in minor units: what the credit costs, what leaves the patient's
 * account and when, and what the law on instalment sales (kappu hanbai hou) gives. {@link Loans#of} makes
 * one; the payments add up to {@code total}.
 *
 * @param price                 the cash price financed
 * @param fee                   the credit fee: price × fee per 100 ÷ 100, rounded down
 * @param total                 price + fee
 * @param laterPayment          total ÷ instalments, rounded down: every payment but the remainder's
 * @param payments              every payment, in date order
 * @param creditCoolingOffUntil the last day of the credit contract's cooling-off (8 days counting the
 *                              purchase day, taken as the day its document is received)
 * @param stopPaymentsMayApply  whether the figures meet the law's conditions for stopping payments (a
 *                              total of 40,000 yen or more, repaid over more than two months)
 */
public record Loan(CreditTerms terms, long price, long fee, long total, long laterPayment, List<Payment> payments,
        LocalDate creditCoolingOffUntil, boolean stopPaymentsMayApply) {

    public Loan {
        Objects.requireNonNull(terms, "terms");
        payments = List.copyOf(payments);
        Objects.requireNonNull(creditCoolingOffUntil, "creditCoolingOffUntil");
        if (payments.size() != terms.instalments() || price < 0 || fee < 0 || total != price + fee) {
            throw new IllegalArgumentException("a loan's payments, one per instalment, and its total, price + fee");
        }
    }

    public int instalments() {
        return payments.size();
    }

    public Payment first() {
        return payments.get(0);
    }

    public Payment last() {
        return payments.get(payments.size() - 1);
    }
}
