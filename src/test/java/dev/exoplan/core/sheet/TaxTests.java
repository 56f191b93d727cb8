package dev.exoplan.core.sheet;

import static dev.exoplan.core.Fixtures.tax;
import static dev.exoplan.core.Fixtures.usd;
import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.money.Receipt;
import dev.exoplan.core.money.TaxRounding;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxTests {

    private static void assertAmount(MonetaryAmount expected, MonetaryAmount actual) {
        assertTrue(expected.isEqualTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Nested
    class Excluded {
        @ParameterizedTest(name = "{0} × 10 % {1} → {2}")
        @CsvSource({
            // 12.34 × 0.10 = 1.234
            "12.34, FLOOR,   1.23",
            "12.34, HALF_UP, 1.23",
            "12.34, CEILING, 1.24",
            // 12.35 × 0.10 = 1.235
            "12.35, FLOOR,   1.23",
            "12.35, HALF_UP, 1.24",
            "12.35, CEILING, 1.24",
        })
        void taxIsRoundedToTheCentWithTheSheetsRounding_andAdded(String items, TaxRounding rounding, String tax) {
            Receipt r = tax("0.10", false, rounding).receipt(usd(items));
            assertAmount(usd(items), r.subtotal());
            assertAmount(usd(tax), r.tax());
            assertAmount(usd(items).add(usd(tax)), r.total());
        }

        @Test
        void yenTax_isWholeYen() {
            // 35000 × 0.10 = 3500 exactly; 33333 × 0.10 = 3333.3 → 3333 (floor)
            assertAmount(yen(3500), tax("0.10", false, TaxRounding.FLOOR).receipt(yen(35000)).tax());
            assertAmount(yen(3333), tax("0.10", false, TaxRounding.FLOOR).receipt(yen(33333)).tax());
            assertAmount(yen(3334), tax("0.10", false, TaxRounding.CEILING).receipt(yen(33333)).tax());
        }
    }

    @Nested
    class Included {
        @ParameterizedTest(name = "{0} yen incl. 10 % {1} → contains {2}")
        @CsvSource({
            // 85500 × 0.1 / 1.1 = 7772.73
            "85500, FLOOR,   7772",
            "85500, HALF_UP, 7773",
            "85500, CEILING, 7773",
            // 80000 × 0.1 / 1.1 = 7272.73
            "80000, FLOOR,   7272",
            "80000, HALF_UP, 7273",
            // 3300 × 0.1 / 1.1 = 300 exactly: no rounding mode changes it
            "3300,  CEILING, 300",
            "3300,  FLOOR,   300",
        })
        void containedTaxIsReported_notAdded(long items, TaxRounding rounding, long contained) {
            Receipt r = tax("0.10", true, rounding).receipt(yen(items));
            assertAmount(yen(contained), r.tax());
            assertAmount(yen(items), r.total());
            assertAmount(yen(items - contained), r.subtotal());
        }

        @Test
        void reducedRateOfEightPercent_isExactWhereThePriceIsRound() {
            // 1080 × 0.08 / 1.08 = 80
            assertAmount(yen(80), tax("0.08", true, TaxRounding.FLOOR).receipt(yen(1080)).tax());
        }
    }

    @Test
    void aRateOfZero_chargesNoTax() {
        Receipt r = tax("0", false, TaxRounding.CEILING).receipt(yen(80000));
        assertTrue(r.tax().isZero());
        assertAmount(yen(80000), r.total());
    }

    @Test
    void ratesOutsideZeroToOne_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> tax("1", false, TaxRounding.FLOOR));
        assertThrows(IllegalArgumentException.class, () -> tax("-0.01", false, TaxRounding.FLOOR));
    }

    @ParameterizedTest
    @CsvSource({"0.10, 10", "0.08, 8", "0.075, 7.5", "0, 0"})
    void percent_isWrittenWithoutTrailingZeros(String rate, String percent) {
        assertEquals(new BigDecimal(percent).toPlainString(),
                tax(rate, true, TaxRounding.FLOOR).percent().toPlainString());
    }
}
