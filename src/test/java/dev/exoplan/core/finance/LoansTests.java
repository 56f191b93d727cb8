package dev.exoplan.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The instalment arithmetic of issue 29, by hand: fees, payments, remainders, dates, the law's conditions. */
class LoansTests {

    private static final CurrencyUnit YEN = Monetary.getCurrency("JPY");
    private static final LocalDate PURCHASE = LocalDate.of(2027, 4, 10);

    private static CreditTerms table(int n, String feePer100, Remainder remainder) {
        return new CreditTerms(n, new BigDecimal(feePer100), Optional.empty(), 1, 27, remainder);
    }

    private static List<Long> amounts(Loan loan) {
        return loan.payments().stream().map(Payment::amount).toList();
    }

    @Nested
    class TheFeeAndThePayments {

        @Test
        void the100000PublishedExample_tenInstalmentsAt7_costs7000And10700AMonth() {
            // fee 100,000 × 7.00 ÷ 100 = 7,000; total 107,000; 107,000 ÷ 10 = 10,700 exactly
            Loan loan = Loans.of(table(10, "7.00", Remainder.FIRST), 100_000, PURCHASE, YEN);
            assertEquals(100_000, loan.price());
            assertEquals(7_000, loan.fee());
            assertEquals(107_000, loan.total());
            assertEquals(10_700, loan.laterPayment());
            assertEquals(List.of(10_700L, 10_700L, 10_700L, 10_700L, 10_700L, 10_700L, 10_700L, 10_700L,
                    10_700L, 10_700L), amounts(loan));
            assertEquals(10, loan.instalments());
        }

        @Test
        void aFeeWithAFractionOfAYen_isRoundedDown() {
            // 374,000 × 16.37 ÷ 100 = 61,223.8 → 61,223 (down); total 435,223
            Loan loan = Loans.of(table(24, "16.37", Remainder.FIRST), 374_000, PURCHASE, YEN);
            assertEquals(61_223, loan.fee());
            assertEquals(435_223, loan.total());
            assertEquals(61_223, Loans.fee(374_000, new BigDecimal("16.37")));
            // 99 × 1.01 ÷ 100 = 0.9999 → 0: rounded down, never up
            assertEquals(0, Loans.fee(99, new BigDecimal("1.01")));
            assertEquals(1, Loans.fee(100, new BigDecimal("1.00")));
        }

        @Test
        void aTotalThatDoesNotDivide_putsTheRemainderInTheFirstPayment() {
            // 435,223 ÷ 24 = 18,134.29 → 18,134 each; the first: 435,223 − 23 × 18,134 (417,082) = 18,141
            Loan loan = Loans.of(table(24, "16.37", Remainder.FIRST), 374_000, PURCHASE, YEN);
            assertEquals(18_134, loan.laterPayment());
            assertEquals(18_141, loan.first().amount());
            assertEquals(18_134, loan.payments().get(1).amount());
            assertEquals(18_134, loan.last().amount());
        }

        @Test
        void aTotalThatDoesNotDivide_putsTheRemainderInTheLastPaymentWhenTheTermsSaySo() {
            // 100,000 × 8.31 ÷ 100 = 8,310; total 108,310; ÷ 12 = 9,025.83 → 9,025;
            // the last: 108,310 − 11 × 9,025 (99,275) = 9,035
            Loan loan = Loans.of(table(12, "8.31", Remainder.LAST), 100_000, PURCHASE, YEN);
            assertEquals(8_310, loan.fee());
            assertEquals(9_025, loan.laterPayment());
            assertEquals(9_025, loan.first().amount());
            assertEquals(9_025, loan.payments().get(10).amount());
            assertEquals(9_035, loan.last().amount());
        }

        @Test
        void oneInstalment_isTheWholeTotal() {
            // 50,000 × 1.25 ÷ 100 = 625; total 50,625 in one payment
            Loan loan = Loans.of(table(1, "1.25", Remainder.LAST), 50_000, PURCHASE, YEN);
            assertEquals(List.of(50_625L), amounts(loan));
            assertEquals(50_625, loan.laterPayment());
        }

        @Test
        void aNoFeePlan_dividesThePriceAlone() {
            // 0 % : fee 0; 100,001 ÷ 3 = 33,333 each, the first 100,001 − 66,666 = 33,335
            Loan loan = Loans.of(table(3, "0", Remainder.FIRST), 100_001, PURCHASE, YEN);
            assertEquals(0, loan.fee());
            assertEquals(List.of(33_335L, 33_333L, 33_333L), amounts(loan));
        }

        @Test
        void aNegativePrice_isRefused() {
            assertThrows(IllegalArgumentException.class,
                    () -> Loans.of(table(3, "1.00", Remainder.FIRST), -1, PURCHASE, YEN));
            assertEquals(0, Loans.of(table(3, "1.00", Remainder.FIRST), 0, PURCHASE, YEN).total());
        }
    }

    @Nested
    class TheDates {

        @Test
        void payments_fallOnThePaymentDayFromTheMonthAfterThePurchase() {
            // bought 10 April: 27 May, 27 June, 27 July
            Loan loan = Loans.of(table(3, "2.51", Remainder.FIRST), 100_000, PURCHASE, YEN);
            assertEquals(List.of(LocalDate.of(2027, 5, 27), LocalDate.of(2027, 6, 27), LocalDate.of(2027, 7, 27)),
                    loan.payments().stream().map(Payment::date).toList());
        }

        @Test
        void aPurchaseOn31JanuaryPaidOnThe31st_fallsOnEachMonthsLastDayWhereShorter() {
            // February 2027 has 28 days, April 30; March and May have a 31st
            CreditTerms terms = new CreditTerms(4, BigDecimal.ZERO, Optional.empty(), 1, 31, Remainder.FIRST);
            Loan loan = Loans.of(terms, 40_000, LocalDate.of(2027, 1, 31), YEN);
            assertEquals(List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30),
                    LocalDate.of(2027, 5, 31)), loan.payments().stream().map(Payment::date).toList());
            assertEquals(LocalDate.of(2028, 2, 29), Loans.paymentDate(LocalDate.of(2028, 1, 31), 1, 31));
        }

        @Test
        void aLaterFirstPayment_startsThatManyMonthsAfter() {
            // 2 months after April: June; 0 months: April itself
            assertEquals(LocalDate.of(2027, 6, 5), Loans.paymentDate(PURCHASE, 2, 5));
            assertEquals(LocalDate.of(2027, 4, 27), Loans.paymentDate(PURCHASE, 0, 27));
            CreditTerms terms = new CreditTerms(2, BigDecimal.ZERO, Optional.empty(), 3, 10, Remainder.FIRST);
            Loan loan = Loans.of(terms, 2, PURCHASE, YEN);
            assertEquals(LocalDate.of(2027, 7, 10), loan.first().date());
            assertEquals(LocalDate.of(2027, 8, 10), loan.last().date());
        }

        @Test
        void theCreditCoolingOff_endsOnTheEighthDayCountingThePurchase() {
            // 31 January + 7 days = 7 February
            Loan loan = Loans.of(table(3, "2.51", Remainder.FIRST), 100_000, LocalDate.of(2027, 1, 31), YEN);
            assertEquals(LocalDate.of(2027, 2, 7), loan.creditCoolingOffUntil());
        }
    }

    @Nested
    class StoppingPayments {

        @Test
        void aTotalOf40000OrMoreOverMoreThanTwoMonths_mayBeStopped() {
            // 100,000 + 7,000 over 10 months
            assertTrue(Loans.of(table(10, "7.00", Remainder.FIRST), 100_000, PURCHASE, YEN).stopPaymentsMayApply());
        }

        @Test
        void aTotalUnder40000_mayNotBeStopped() {
            // 36,000 × 7.00 ÷ 100 = 2,520; total 38,520 < 40,000
            Loan under = Loans.of(table(10, "7.00", Remainder.FIRST), 36_000, PURCHASE, YEN);
            assertEquals(38_520, under.total());
            assertFalse(under.stopPaymentsMayApply());
            // exactly 40,000 is enough; 39,999 is not
            assertTrue(Loans.of(table(10, "0", Remainder.FIRST), 40_000, PURCHASE, YEN).stopPaymentsMayApply());
            assertFalse(Loans.of(table(10, "0", Remainder.FIRST), 39_999, PURCHASE, YEN).stopPaymentsMayApply());
        }

        @Test
        void twoInstalmentsWithinTwoMonths_areOutsideTheInstalmentRules() {
            // bought 28 January: 27 February and 27 March, before 28 March (two months on)
            Loan within = Loans.of(table(2, "1.88", Remainder.FIRST), 300_000, LocalDate.of(2027, 1, 28), YEN);
            assertEquals(LocalDate.of(2027, 3, 27), within.last().date());
            assertFalse(within.stopPaymentsMayApply());
            // bought 27 January: the last payment falls exactly two months on: still within
            assertFalse(Loans.of(table(2, "1.88", Remainder.FIRST), 300_000, LocalDate.of(2027, 1, 27), YEN)
                    .stopPaymentsMayApply());
            // bought 26 January: 27 March is more than two months on
            assertTrue(Loans.of(table(2, "1.88", Remainder.FIRST), 300_000, LocalDate.of(2027, 1, 26), YEN)
                    .stopPaymentsMayApply());
        }

        @Test
        void anotherCurrency_isNotJudgedByTheLawsYenFigures() {
            assertFalse(Loans.of(table(10, "7.00", Remainder.FIRST), 10_000_000, PURCHASE,
                    Monetary.getCurrency("USD")).stopPaymentsMayApply());
        }
    }

    @Nested
    class Properties {

        private static final long SEED = 20261207L;
        private static final int CASES = 5_000;

        @Test
        void payments_sumToTheTotal_noneNegative_theRemainderWithinNOfTheOthers_datesRising() {
            Random random = new Random(SEED);
            for (int c = 0; c < CASES; c++) {
                int n = 1 + random.nextInt(CreditTerms.MAX_INSTALMENTS);
                long price = random.nextInt(5_000_001);
                BigDecimal feePer100 = BigDecimal.valueOf(random.nextInt(10_001), 2);
                Remainder remainder = random.nextBoolean() ? Remainder.FIRST : Remainder.LAST;
                LocalDate purchase = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1_500));
                CreditTerms terms = new CreditTerms(n, feePer100, Optional.empty(), random.nextInt(13),
                        1 + random.nextInt(31), remainder);
                Loan loan = Loans.of(terms, price, purchase, YEN);
                String why = "case " + c + ": " + terms + ", " + price;
                long sum = 0;
                for (int i = 0; i < n; i++) {
                    Payment p = loan.payments().get(i);
                    sum += p.amount();
                    assertTrue(p.amount() >= 0, why);
                    long difference = p.amount() - loan.laterPayment();
                    assertTrue(difference >= 0 && difference < n, why);
                    if (i > 0) {
                        assertTrue(p.date().isAfter(loan.payments().get(i - 1).date()), why);
                    }
                }
                assertEquals(loan.total(), sum, why);
                assertEquals(price + loan.fee(), loan.total(), why);
                assertTrue(loan.fee() * 100 <= price * feePer100.doubleValue() + 1e-6, why);
            }
        }
    }

    @Nested
    class Refusals {

        @Test
        void termsOutOfRange_areRefused() {
            BigDecimal one = BigDecimal.ONE;
            Optional<BigDecimal> none = Optional.empty();
            assertThrows(IllegalArgumentException.class, () -> new CreditTerms(0, one, none, 1, 27, Remainder.FIRST));
            assertThrows(IllegalArgumentException.class,
                    () -> new CreditTerms(121, one, none, 1, 27, Remainder.FIRST));
            assertThrows(IllegalArgumentException.class,
                    () -> new CreditTerms(2, new BigDecimal("-0.01"), none, 1, 27, Remainder.FIRST));
            assertThrows(IllegalArgumentException.class, () -> new CreditTerms(2, one, none, -1, 27, Remainder.FIRST));
            assertThrows(IllegalArgumentException.class, () -> new CreditTerms(2, one, none, 13, 27, Remainder.FIRST));
            assertThrows(IllegalArgumentException.class, () -> new CreditTerms(2, one, none, 1, 0, Remainder.FIRST));
            assertThrows(IllegalArgumentException.class, () -> new CreditTerms(2, one, none, 1, 32, Remainder.FIRST));
            // the bounds themselves are taken
            assertEquals(120, new CreditTerms(120, BigDecimal.ZERO, none, 12, 31, Remainder.LAST).instalments());
            assertEquals(1, new CreditTerms(1, BigDecimal.ZERO, none, 0, 1, Remainder.LAST).paymentDay());
        }

        @Test
        void aLoanWhosePaymentsOrTotalDisagree_isRefused() {
            CreditTerms two = table(2, "0", Remainder.FIRST);
            List<Payment> one = List.of(new Payment(PURCHASE, 10));
            List<Payment> both = List.of(new Payment(PURCHASE, 5), new Payment(PURCHASE, 5));
            assertThrows(IllegalArgumentException.class, () -> new Loan(two, 10, 0, 10, 10, one, PURCHASE, false));
            assertThrows(IllegalArgumentException.class, () -> new Loan(two, 10, 0, 11, 5, both, PURCHASE, false));
            assertThrows(IllegalArgumentException.class, () -> new Loan(two, -1, 1, 0, 5, both, PURCHASE, false));
            assertThrows(IllegalArgumentException.class, () -> new Loan(two, 11, -1, 10, 5, both, PURCHASE, false));
            assertEquals(10, new Loan(two, 10, 0, 10, 5, both, PURCHASE, false).total());
            assertThrows(IllegalArgumentException.class, () -> new Payment(PURCHASE, -1));
            assertEquals(0, new Payment(PURCHASE, 0).amount());
        }

        @Test
        void remainders_areSpelledAsTheSheetSpellsThem() {
            assertEquals("first", Remainder.FIRST.id());
            assertEquals("last", Remainder.LAST.id());
        }
    }
}
