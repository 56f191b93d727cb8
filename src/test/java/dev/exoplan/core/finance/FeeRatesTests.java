package dev.exoplan.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fee per 100 derived from an annual rate, against a published table (ポケットカード, 実質年率 15.00 %):
 * 100 × (n × r ÷ (1 − (1 + r)^−n) − 1) at r = 15 % ÷ 12 = 0.0125, rounded half up to 2 decimals.
 */
class FeeRatesTests {

    private static BigDecimal at15(int n) {
        return FeeRates.fromApr(new BigDecimal("15"), n);
    }

    @Test
    void fifteenPercent_matchesThePublishedRows() {
        assertEquals(new BigDecimal("7.00"), at15(10));  // 7.0031
        assertEquals(new BigDecimal("8.31"), at15(12));  // 8.30997
        assertEquals(new BigDecimal("16.37"), at15(24)); // 16.3680: half up, not down to 16.36
        assertEquals(new BigDecimal("24.80"), at15(36)); // 24.7952
        assertEquals(new BigDecimal("2.51"), at15(3));   // 2.5104
        assertEquals(new BigDecimal("4.42"), at15(6));   // 4.4203
    }

    @Test
    void oneInstalment_isOneMonthsInterest() {
        // n = 1: 100 × (r ÷ (1 − 1 ÷ (1 + r)) − 1) = 100 × r = 1.25
        assertEquals(new BigDecimal("1.25"), at15(1));
    }

    @Test
    void otherRates_followTheSameFormula() {
        assertEquals(new BigDecimal("10.02"), FeeRates.fromApr(new BigDecimal("18"), 12));  // 10.0160
        assertEquals(new BigDecimal("33.47"), FeeRates.fromApr(new BigDecimal("12"), 60));  // 33.4667
        assertEquals(new BigDecimal("93.60"), at15(120));                                  // 93.6019
    }

    @Test
    void zeroPercent_isNoFee() {
        assertEquals(new BigDecimal("0.00"), FeeRates.fromApr(BigDecimal.ZERO, 24));
    }

    @Test
    void aNegativeRateOrNoInstalments_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeeRates.fromApr(new BigDecimal("-1"), 10));
        assertThrows(IllegalArgumentException.class, () -> FeeRates.fromApr(BigDecimal.TEN, 0));
    }

    @Test
    void aCard_derivesItsTableAndPaysFromTheNextMonthOnThe27thWithTheRemainderFirst() {
        CreditTerms card = CreditTerms.card(new BigDecimal("15"), 24);
        assertEquals(new CreditTerms(24, new BigDecimal("16.37"), Optional.of(new BigDecimal("15")), 1, 27,
                Remainder.FIRST), card);
    }
}
