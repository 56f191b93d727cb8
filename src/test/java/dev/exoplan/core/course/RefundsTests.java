package dev.exoplan.core.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.sheet.CancellationPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The course arithmetic of issue 13, by hand: the law's caps, clinic policies, break-even, at risk. */
class RefundsTests {

    private static final Optional<StopTerms> LAW = Optional.of(Refunds.LAW);

    private static Stop law(long price, int sessions, int used) {
        return Refunds.stop(Refunds.LAW, price, sessions, used);
    }

    private static StopTerms policy(long before, String rate, OptionalLong cap, CancellationPolicy.Valuation at,
            long single) {
        return Refunds.terms(new CancellationPolicy(Money.of(before, "JPY"), new BigDecimal(rate),
                cap.isPresent() ? Optional.of(Money.of(cap.getAsLong(), "JPY")) : Optional.empty(), at), single);
    }

    private static long[] singles(long first, long each, int n) {
        long[] s = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += i == 0 ? first : each;
            s[i] = sum;
        }
        return s;
    }

    @Nested
    class TheLawsCaps {

        @Test
        void a550000FiveSessionCourse_stoppedAfterOne_feeIs50000AndRefund390000() {
            // unit 550,000 ÷ 5 = 110,000; consumed 110,000; remaining 440,000;
            // fee min(50,000, 20 % × 440,000 = 88,000) = 50,000; refund 440,000 − 50,000 = 390,000
            assertEquals(new Stop(1, 110_000, 50_000, 390_000, Stop.Basis.LAW), law(550_000, 5, 1));
        }

        @Test
        void everyStopOfThe550000Course_isTheLawsFigure() {
            // k=2: consumed 220,000, remaining 330,000, fee min(50,000, 66,000) = 50,000, refund 280,000
            // k=3: consumed 330,000, remaining 220,000, fee 20 % = 44,000 (under the cap), refund 176,000
            // k=4: consumed 440,000, remaining 110,000, fee 22,000, refund 88,000
            List<Stop> table = Refunds.table(LAW, Optional.empty(), 550_000, 5);
            assertEquals(List.of(new Stop(0, 0, 20_000, 530_000, Stop.Basis.LAW),
                    new Stop(1, 110_000, 50_000, 390_000, Stop.Basis.LAW),
                    new Stop(2, 220_000, 50_000, 280_000, Stop.Basis.LAW),
                    new Stop(3, 330_000, 44_000, 176_000, Stop.Basis.LAW),
                    new Stop(4, 440_000, 22_000, 88_000, Stop.Basis.LAW)), table);
        }

        @Test
        void aPackageBoughtBeforeAnySession_costsAtMost20000ToCancel() {
            // k = 0: fee min(20,000, 550,000) = 20,000; refund 530,000
            assertEquals(new Stop(0, 0, 20_000, 530_000, Stop.Basis.LAW), law(550_000, 5, 0));
            // a package cheaper than the cap: the fee is at most its price, the refund 0
            assertEquals(new Stop(0, 0, 15_000, 0, Stop.Basis.LAW), law(15_000, 3, 0));
        }

        @Test
        void aPriceThatDoesNotDivide_isRoundedInTheClinicsFavour() {
            // 100,000 ÷ 3 = 33,333.33…: consumed after 1 = 33,334 (up); remaining 66,666;
            // fee 20 % × 66,666 = 13,333.2 → 13,334 (up); refund 66,666 − 13,334 = 53,332
            assertEquals(new Stop(1, 33_334, 13_334, 53_332, Stop.Basis.LAW), law(100_000, 3, 1));
            // after 2: 66,666.67 → 66,667; remaining 33,333; fee 6,666.6 → 6,667; refund 26,666
            assertEquals(new Stop(2, 66_667, 6_667, 26_666, Stop.Basis.LAW), law(100_000, 3, 2));
        }

        @Test
        void theFeeMeetsTheCapExactlyAt250000Remaining() {
            // 500,000 / 2 after 1: consumed 250,000, remaining 250,000, 20 % = 50,000 = the cap
            assertEquals(new Stop(1, 250_000, 50_000, 200_000, Stop.Basis.LAW), law(500_000, 2, 1));
            // 500,002 / 2: consumed 250,001, remaining 250,001, 20 % = 50,000.2 → 50,001, capped at 50,000
            assertEquals(new Stop(1, 250_001, 50_000, 200_001, Stop.Basis.LAW), law(500_002, 2, 1));
        }

        @Test
        void stoppingAfterEverySessionOrBeforeNone_isRefused() {
            assertThrows(IllegalArgumentException.class, () -> law(550_000, 5, 5));
            assertThrows(IllegalArgumentException.class, () -> law(550_000, 5, -1));
            assertThrows(IllegalArgumentException.class, () -> law(-1, 5, 1));
            assertThrows(IllegalArgumentException.class, () -> law(550_000, 0, 0));
        }
    }

    @Nested
    class ClinicPolicies {

        @Test
        void aPolicyKinderThanTheLaw_isShownInItsPlace() {
            // the clinic: 10,000 before; after, 10 % of the rest, at most 30,000; contract unit price.
            // k=0: fee 10,000, refund 540,000 (law: 530,000). k=1: consumed 110,000, remaining 440,000,
            // fee min(30,000, 44,000) = 30,000, refund 410,000 (law: 390,000).
            StopTerms clinic = policy(10_000, "0.1", OptionalLong.of(30_000),
                    CancellationPolicy.Valuation.CONTRACT_UNIT_PRICE, 150_000);
            List<Stop> table = Refunds.table(LAW, Optional.of(clinic), 550_000, 5);
            assertEquals(new Stop(0, 0, 10_000, 540_000, Stop.Basis.CLINIC), table.get(0));
            assertEquals(new Stop(1, 110_000, 30_000, 410_000, Stop.Basis.CLINIC), table.get(1));
            // k=4: consumed 440,000, remaining 110,000, fee 11,000, refund 99,000 (law: 88,000)
            assertEquals(new Stop(4, 440_000, 11_000, 99_000, Stop.Basis.CLINIC), table.get(4));
        }

        @Test
        void aPolicyHarsherThanTheLaw_leavesTheLawsFigure() {
            // sessions at the single price 150,000: k=1 consumed 150,000, remaining 400,000, fee 50,000,
            // refund 350,000 < the law's 390,000: the law's row stays
            StopTerms clinic = policy(20_000, "0.2", OptionalLong.of(50_000),
                    CancellationPolicy.Valuation.SINGLE_SESSION_PRICE, 150_000);
            assertEquals(new Stop(1, 150_000, 50_000, 350_000, Stop.Basis.CLINIC),
                    Refunds.stop(clinic, 550_000, 5, 1));
            assertEquals(law(550_000, 5, 1), Refunds.table(LAW, Optional.of(clinic), 550_000, 5).get(1));
            // an equal figure is the law's
            assertEquals(Stop.Basis.LAW, Refunds.table(LAW, Optional.of(clinic), 550_000, 5).get(0).basis());
        }

        @Test
        void sessionsAtTheSinglePrice_neverConsumeMoreThanThePrice() {
            // 4 × 150,000 = 600,000 > 550,000: consumed 550,000, nothing left, fee 0, refund 0
            StopTerms clinic = policy(0, "0.5", OptionalLong.empty(), CancellationPolicy.Valuation.SINGLE_SESSION_PRICE,
                    150_000);
            assertEquals(new Stop(4, 550_000, 0, 0, Stop.Basis.CLINIC), Refunds.stop(clinic, 550_000, 5, 4));
            // no cap: 50 % of the rest. k=1: remaining 400,000, fee 200,000, refund 200,000
            assertEquals(new Stop(1, 150_000, 200_000, 200_000, Stop.Basis.CLINIC), Refunds.stop(clinic, 550_000, 5, 1));
        }

        @Test
        void withoutTheLaw_thePolicyAloneOrNothing() {
            StopTerms clinic = policy(5_000, "0", OptionalLong.empty(), CancellationPolicy.Valuation.CONTRACT_UNIT_PRICE,
                    0);
            assertEquals(new Stop(1, 110_000, 0, 440_000, Stop.Basis.CLINIC),
                    Refunds.table(Optional.empty(), Optional.of(clinic), 550_000, 5).get(1));
            assertEquals(List.of(), Refunds.table(Optional.empty(), Optional.empty(), 550_000, 5));
        }
    }

    @Nested
    class BreakEvens {

        @Test
        void the550000Course_paysOffFromTwoSessionsAndFromFourWithNoRefund() {
            // against 150,000 a session: after 1, 550,000 − 390,000 = 160,000 > 150,000;
            // after 2, 550,000 − 280,000 = 270,000 ≤ 300,000 → 2. No refund: 550,000 ≤ 4 × 150,000 = 600,000
            // but > 3 × 150,000 = 450,000 → 4.
            BreakEven b = BreakEven.of(550_000, Refunds.table(LAW, Optional.empty(), 550_000, 5),
                    singles(150_000, 150_000, 5));
            assertEquals(new BreakEven(OptionalInt.of(2), OptionalInt.of(4)), b);
        }

        @Test
        void aFirstVisitPrice_countsForTheSinglesItIsComparedWith() {
            // singles 100,000 then 150,000: 100,000 / 250,000 / 400,000 / 550,000 / 700,000.
            // refunded: after 2 net 270,000 > 250,000; after 3 net 550,000 − 176,000 = 374,000 ≤ 400,000 → 3.
            // none: 550,000 ≤ 550,000 at 4 (equal is enough) → 4
            BreakEven b = BreakEven.of(550_000, Refunds.table(LAW, Optional.empty(), 550_000, 5),
                    singles(100_000, 150_000, 5));
            assertEquals(new BreakEven(OptionalInt.of(3), OptionalInt.of(4)), b);
        }

        @Test
        void aCourseDearerThanItsSinglesEvenWhenFinished_neverPaysOff() {
            // 1,000,000 for 5 against 150,000: 5 × 150,000 = 750,000 < 1,000,000; after 4, 800,000 + 40,000
            // = 840,000 > 600,000
            BreakEven b = BreakEven.of(1_000_000, Refunds.table(LAW, Optional.empty(), 1_000_000, 5),
                    singles(150_000, 150_000, 5));
            assertEquals(new BreakEven(OptionalInt.empty(), OptionalInt.empty()), b);
        }

        @Test
        void withNoRefundTerms_onlyTheNoRefundNumber() {
            assertEquals(new BreakEven(OptionalInt.empty(), OptionalInt.of(4)),
                    BreakEven.of(550_000, List.of(), singles(150_000, 150_000, 5)));
        }

        @Test
        void havingEverySession_costsThePriceItself() {
            // 2 for 280,000 against 150,000: after 1, net 280,000 − 112,000 = 168,000 > 150,000; at 2 the
            // price 280,000 ≤ 300,000 → 2, with or without refund
            assertEquals(new BreakEven(OptionalInt.of(2), OptionalInt.of(2)), BreakEven.of(280_000,
                    Refunds.table(LAW, Optional.empty(), 280_000, 2), singles(150_000, 150_000, 2)));
        }
    }

    @Nested
    class Prepayment {

        private Prepayments.Bought bought(int purchase, LocalDate date, LocalDate contract, long paid, int sessions,
                OptionalInt valid, Optional<Boolean> covered, Optional<CancellationPolicy> policy) {
            return new Prepayments.Bought(purchase, date, contract, paid, sessions, valid, covered, policy, 150_000,
                    OptionalLong.empty());
        }

        @Test
        void coolingOff_endsSevenDaysAfterTheContractAcrossAMonthEnd() {
            // received Mon 27 Jan 2025: 8 days counting it are 27 Jan … 3 Feb
            LocalDate day = LocalDate.of(2025, 1, 27);
            PackageRisk risk = Prepayments.of(Monetary.getCurrency("JPY"), List.of(bought(0, day, day, 550_000, 5,
                    OptionalInt.empty(), Optional.empty(), Optional.empty()))).orElseThrow().packages().get(0);
            assertEquals(LocalDate.of(2025, 2, 3), risk.coolingOffUntil());
            // a leap February: 25 Feb 2024 + 7 = 3 Mar 2024
            LocalDate leap = LocalDate.of(2024, 2, 25);
            assertEquals(LocalDate.of(2024, 3, 3), Prepayments.of(Monetary.getCurrency("JPY"), List.of(bought(0,
                    leap.plusDays(10), leap, 550_000, 5, OptionalInt.empty(), Optional.empty(), Optional.empty())))
                    .orElseThrow().packages().get(0).coolingOffUntil());
        }

        @Test
        void atRisk_isTheLargestUnusedPartRightAfterAFirstSession() {
            // 280,000 / 2: 280,000 − 140,000 = 140,000 on 4 Jan; 550,000 / 5: 550,000 − 110,000 = 440,000 on
            // 15 Feb: the larger, and its day
            LocalDate jan = LocalDate.of(2027, 1, 4);
            LocalDate feb = LocalDate.of(2027, 2, 15);
            dev.exoplan.core.course.Prepayment p = Prepayments.of(Monetary.getCurrency("JPY"), List.of(
                    bought(0, jan, jan, 280_000, 2, OptionalInt.empty(), Optional.empty(), Optional.empty()),
                    bought(1, feb, feb, 550_000, 5, OptionalInt.empty(), Optional.empty(), Optional.empty())))
                    .orElseThrow();
            assertEquals(new PrepaidAtRisk(440_000, feb), p.atRisk());
            assertEquals(1, p.forPurchase(1).orElseThrow().purchase());
            assertTrue(p.forPurchase(2).isEmpty());
            // a one-session package leaves nothing unused after its session; the first of equals is kept
            assertEquals(new PrepaidAtRisk(0, jan), Prepayments.of(Monetary.getCurrency("JPY"), List.of(
                    bought(0, jan, jan, 150_000, 1, OptionalInt.empty(), Optional.empty(), Optional.empty()),
                    bought(1, feb, feb, 150_000, 1, OptionalInt.empty(), Optional.empty(), Optional.empty())))
                    .orElseThrow().atRisk());
        }

        @Test
        void aPackageThatMayBeCovered_getsTheLawsTable() {
            // coverage not stated, ¥550,000 > ¥50,000 with no validity: may be covered, so the law's caps.
            // k=0: fee 20,000, refund 530,000; k=1: consumed 110,000, remaining 440,000, fee min(50,000,
            // 88,000) = 50,000, refund 390,000; break-even against 150,000 singles 2, and 4 with no refund
            LocalDate day = LocalDate.of(2027, 1, 4);
            PackageRisk risk = Prepayments.of(Monetary.getCurrency("JPY"), List.of(bought(0, day, day, 550_000, 5,
                    OptionalInt.empty(), Optional.empty(), Optional.empty()))).orElseThrow().packages().get(0);
            assertEquals(Coverage.MAY_BE_COVERED, risk.coverage());
            assertEquals(new Stop(0, 0, 20_000, 530_000, Stop.Basis.LAW), risk.ifStopped().get(0));
            assertEquals(new Stop(1, 110_000, 50_000, 390_000, Stop.Basis.LAW), risk.ifStopped().get(1));
            assertEquals(new BreakEven(OptionalInt.of(2), OptionalInt.of(4)), risk.breakEven());
            assertFalse(risk.clinicPolicy() || risk.anyByClinic());
        }

        @Test
        void aCoveredPackageInDollars_getsNoneOfTheLawsYenFigures() {
            // the sheet says covered, but the caps are yen: no table without a policy of the clinic's
            LocalDate day = LocalDate.of(2027, 1, 4);
            PackageRisk risk = Prepayments.of(Monetary.getCurrency("USD"), List.of(bought(0, day, day, 550_000, 5,
                    OptionalInt.empty(), Optional.of(true), Optional.empty()))).orElseThrow().packages().get(0);
            assertEquals(Coverage.COVERED, risk.coverage());
            assertEquals(List.of(), risk.ifStopped());
            assertEquals(new BreakEven(OptionalInt.empty(), OptionalInt.of(4)), risk.breakEven());
        }

        @Test
        void aFirstVisitPrice_countsOnceForTheFirstSessionAndTheLastSessionCounts() {
            // ¥550,000 / 5; the first session 100,000 singly, the others 112,500: 100,000, 212,500,
            // 325,000, 437,500, 550,000. No refund: 550,000 ≤ 550,000 only at 5. Refunded (the law's):
            // after 1 net 160,000 > 100,000; 2: 550,000 − 280,000 = 270,000 > 212,500; 3: refund 176,000
            // (remaining 220,000, fee 44,000), net 374,000 > 325,000; 4: refund 88,000 (remaining 110,000,
            // fee 22,000), net 462,000 > 437,500; 5: the price, 550,000 ≤ 550,000 → 5. Both at the edge.
            LocalDate day = LocalDate.of(2027, 1, 4);
            PackageRisk risk = Prepayments.of(Monetary.getCurrency("JPY"), List.of(new Prepayments.Bought(0, day, day,
                    550_000, 5, OptionalInt.empty(), Optional.of(true), Optional.empty(), 112_500,
                    OptionalLong.of(100_000)))).orElseThrow().packages().get(0);
            assertEquals(new BreakEven(OptionalInt.of(5), OptionalInt.of(5)), risk.breakEven());
        }

        @Test
        void aPolicyHarsherEverywhere_isStatedButNoRowIsTheClinics() {
            // fee 30,000 before (law 20,000), 30 % after, uncapped: every row stays the law's
            CancellationPolicy harsh = new CancellationPolicy(Money.of(30_000, "JPY"), new BigDecimal("0.3"),
                    Optional.empty(), CancellationPolicy.Valuation.CONTRACT_UNIT_PRICE);
            LocalDate day = LocalDate.of(2027, 1, 4);
            PackageRisk risk = Prepayments.of(Monetary.getCurrency("JPY"), List.of(bought(0, day, day, 550_000, 5,
                    OptionalInt.empty(), Optional.of(true), Optional.of(harsh)))).orElseThrow().packages().get(0);
            assertTrue(risk.clinicPolicy());
            assertFalse(risk.anyByClinic());
            assertTrue(risk.ifStopped().stream().allMatch(stop -> stop.basis() == Stop.Basis.LAW));
        }

        @Test
        void noPackage_noPrepayment() {
            assertTrue(Prepayments.of(Monetary.getCurrency("JPY"), List.of()).isEmpty());
        }

        @Test
        void aContractAfterItsPurchase_isRefused() {
            LocalDate day = LocalDate.of(2027, 1, 4);
            assertThrows(IllegalArgumentException.class, () -> bought(0, day, day.plusDays(1), 550_000, 5,
                    OptionalInt.empty(), Optional.empty(), Optional.empty()));
        }

        @Test
        void aContractTheSheetSaysIsNotCovered_showsOnlyItsPolicyOrNothing() {
            LocalDate day = LocalDate.of(2027, 1, 4);
            PackageRisk none = Prepayments.of(Monetary.getCurrency("JPY"), List.of(bought(0, day, day, 550_000, 5,
                    OptionalInt.empty(), Optional.of(false), Optional.empty()))).orElseThrow().packages().get(0);
            assertEquals(Coverage.NOT_COVERED, none.coverage());
            assertEquals(List.of(), none.ifStopped());
            assertEquals(new BreakEven(OptionalInt.empty(), OptionalInt.of(4)), none.breakEven());
            CancellationPolicy harsh = new CancellationPolicy(Money.of(50_000, "JPY"), new BigDecimal("0.3"),
                    Optional.empty(), CancellationPolicy.Valuation.CONTRACT_UNIT_PRICE);
            PackageRisk policy = Prepayments.of(Monetary.getCurrency("JPY"), List.of(bought(0, day, day, 550_000, 5,
                    OptionalInt.empty(), Optional.of(false), Optional.of(harsh)))).orElseThrow().packages().get(0);
            // the clinic's own: k=0 fee 50,000, refund 500,000; k=1 remaining 440,000, fee 132,000, refund 308,000
            assertEquals(new Stop(0, 0, 50_000, 500_000, Stop.Basis.CLINIC), policy.ifStopped().get(0));
            assertEquals(new Stop(1, 110_000, 132_000, 308_000, Stop.Basis.CLINIC), policy.ifStopped().get(1));
            assertTrue(policy.clinicPolicy() && policy.anyByClinic());
        }
    }

    @Nested
    class Coverages {

        private Coverage of(String currency, long paid, OptionalInt valid, Optional<Boolean> covered) {
            return Prepayments.coverage(Monetary.getCurrency(currency), paid, valid, covered);
        }

        @Test
        void whatTheSheetStates_comesFirst() {
            assertEquals(Coverage.COVERED, of("JPY", 10_000, OptionalInt.of(1), Optional.of(true)));
            assertEquals(Coverage.NOT_COVERED, of("JPY", 550_000, OptionalInt.empty(), Optional.of(false)));
            assertEquals(Coverage.COVERED, of("USD", 5_000_00, OptionalInt.empty(), Optional.of(true)));
        }

        @Test
        void unstated_isMayOverTheThresholdsAndUnderAtOrBelowThem() {
            assertEquals(Coverage.UNDER_THRESHOLDS, of("JPY", 50_000, OptionalInt.empty(), Optional.empty()));
            assertEquals(Coverage.MAY_BE_COVERED, of("JPY", 50_001, OptionalInt.empty(), Optional.empty()));
            assertEquals(Coverage.UNDER_THRESHOLDS, of("JPY", 550_000, OptionalInt.of(1), Optional.empty()));
            assertEquals(Coverage.MAY_BE_COVERED, of("JPY", 550_000, OptionalInt.of(2), Optional.empty()));
            assertEquals(Coverage.NOT_YEN, of("USD", 550_000, OptionalInt.empty(), Optional.empty()));
        }

        @Test
        void theLawsFigures_areShownOnlyWhereItIsOrMayBeCovered() {
            assertTrue(Coverage.COVERED.lawShown() && Coverage.MAY_BE_COVERED.lawShown());
            assertTrue(!Coverage.NOT_COVERED.lawShown() && !Coverage.UNDER_THRESHOLDS.lawShown()
                    && !Coverage.NOT_YEN.lawShown());
            assertEquals("may-be-covered", Coverage.MAY_BE_COVERED.id());
        }
    }

    @Nested
    class Stops {

        @Test
        void thePrice_isWhatTheStopDivides() {
            // 110,000 + 50,000 + 390,000 = 550,000
            assertEquals(550_000, new Stop(1, 110_000, 50_000, 390_000, Stop.Basis.LAW).price());
        }

        @Test
        void basisIds_areTheJsonNames() {
            assertEquals(List.of("law", "clinic"), List.of(Stop.Basis.LAW.id(), Stop.Basis.CLINIC.id()));
        }

        @Test
        void noTerms_isAnEmptyTableThatCannotBeChanged() {
            List<Stop> none = Refunds.table(Optional.empty(), Optional.empty(), 550_000, 5);
            assertEquals(List.of(), none);
            assertThrows(UnsupportedOperationException.class, () -> none.add(law(550_000, 5, 0)));
        }
    }

    @Nested
    class Properties {

        @Test
        void everyStop_splitsThePriceExactlyWithNothingNegativeAndTheLawsFeeCapped() {
            Random random = new Random(13);
            for (int run = 0; run < 20_000; run++) {
                long price = random.nextInt(3) == 0 ? random.nextInt(100) : random.nextInt(5_000_000);
                int sessions = 1 + random.nextInt(20);
                int k = random.nextInt(sessions);
                StopTerms clinic = policy(random.nextInt(60_000), BigDecimal.valueOf(random.nextInt(101), 2)
                        .toPlainString(), random.nextBoolean() ? OptionalLong.of(random.nextInt(80_000))
                        : OptionalLong.empty(), random.nextBoolean() ? CancellationPolicy.Valuation.CONTRACT_UNIT_PRICE
                        : CancellationPolicy.Valuation.SINGLE_SESSION_PRICE, random.nextInt(300_000));
                for (StopTerms terms : List.of(Refunds.LAW, clinic)) {
                    Stop stop = Refunds.stop(terms, price, sessions, k);
                    String what = price + "/" + sessions + " after " + k + " " + terms;
                    assertEquals(price, stop.consumed() + stop.fee() + stop.refund(), what);
                    assertTrue(stop.refund() >= 0 && stop.fee() >= 0 && stop.consumed() >= 0, what);
                }
                Stop byLaw = law(price, sessions, k);
                assertTrue(byLaw.fee() <= (k == 0 ? Refunds.LAW_FEE_BEFORE_START : Refunds.LAW_FEE_CAP));
                // the consumed value is the exact k/sessions share, rounded up by less than one minor unit
                assertTrue(byLaw.consumed() * sessions >= (long) k * price
                        && (byLaw.consumed() - 1) * sessions < (long) k * price, price + "/" + sessions);
                BreakEven b = BreakEven.of(price, Refunds.table(LAW, Optional.of(clinic), price, sessions),
                        singles(random.nextInt(300_000), random.nextInt(300_000), sessions));
                assertTrue(b.ifRefunded().orElse(1) >= 1 && b.ifRefunded().orElse(sessions) <= sessions);
                assertTrue(b.ifNoRefund().orElse(1) >= 1 && b.ifNoRefund().orElse(sessions) <= sessions);
                // a refund can only bring it earlier
                assertTrue(b.ifNoRefund().isEmpty() || b.ifRefunded().isPresent()
                        && b.ifRefunded().getAsInt() <= b.ifNoRefund().getAsInt());
            }
        }
    }
}
