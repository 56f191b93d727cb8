package dev.exoplan.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The user's fixed rate, through Moneta's conversion API: exact product, one named rounding. */
class FixedRateProviderTests {

    private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private static final FixedRateProvider YEN_TO_DOLLARS = new FixedRateProvider(JPY, USD, new BigDecimal("0.0066"));

    private static void assertAmount(String expected, CurrencyUnit currency, MonetaryAmount actual) {
        assertEquals(currency, actual.getCurrency());
        assertTrue(actual.isEqualTo(Money.of(new BigDecimal(expected), currency)), expected + " != " + actual);
        assertEquals(new BigDecimal(expected), Amounts.plain(actual));
    }

    @Nested
    class Convert {

        @Test
        void yenToDollars_exactProduct_keepsItsCents() {
            // 621,500 × 0.0066 = 4,101.9 exactly → $4,101.90
            assertAmount("4101.90", USD, YEN_TO_DOLLARS.convert(Money.of(621_500, JPY)));
        }

        @Test
        void yenToDollars_halfACent_roundsUp() {
            // 47,125 × 0.0066 = 311.025 → half up → $311.03 (half even would give 311.02)
            assertAmount("311.03", USD, YEN_TO_DOLLARS.convert(Money.of(47_125, JPY)));
        }

        @Test
        void yenToDollars_belowHalfACent_roundsDown() {
            // 12,958 × 0.0066 = 85.5228 → $85.52
            assertAmount("85.52", USD, YEN_TO_DOLLARS.convert(Money.of(12_958, JPY)));
        }

        @Test
        void dollarsToYen_roundsToWholeYen() {
            // 250.50 × 151.5 = 37,950.75 → ¥37,951 (yen has no minor digits)
            FixedRateProvider dollarsToYen = new FixedRateProvider(USD, JPY, new BigDecimal("151.5"));
            assertAmount("37951", JPY, dollarsToYen.convert(Money.of(new BigDecimal("250.50"), USD)));
        }

        @Test
        void theMonetaryOperator_isTheSameConversion() {
            // amount.with(conversion) is how Moneta applies a CurrencyConversion: 80,000 × 0.0066 = 528
            CurrencyConversion conversion = YEN_TO_DOLLARS.getCurrencyConversion(USD);
            assertAmount("528.00", USD, Money.of(80_000, JPY).with(conversion));
            assertEquals(USD, conversion.getCurrency());
            assertEquals(YEN_TO_DOLLARS, conversion.getExchangeRateProvider());
        }
    }

    @Nested
    class Api {

        @Test
        void theRate_isTheFactorAsGiven_direct() {
            ExchangeRate rate = YEN_TO_DOLLARS.getExchangeRate(JPY, USD);
            assertEquals(new BigDecimal("0.0066"), rate.getFactor().numberValue(BigDecimal.class));
            assertEquals(JPY, rate.getBaseCurrency());
            assertEquals(USD, rate.getCurrency());
            assertFalse(rate.isDerived());
            assertEquals(FixedRateProvider.NAME, YEN_TO_DOLLARS.getContext().getProviderName());
        }

        @Test
        void anotherPair_isRefused_notGuessed() {
            assertFalse(YEN_TO_DOLLARS.isAvailable(USD, JPY));
            assertFalse(YEN_TO_DOLLARS.isAvailable(JPY, EUR));
            assertThrows(CurrencyConversionException.class, () -> YEN_TO_DOLLARS.getExchangeRate(JPY, EUR));
            assertThrows(CurrencyConversionException.class, () -> YEN_TO_DOLLARS.convert(Money.of(10, EUR)));
        }

        @Test
        void aRateThatIsNotPositive_orOneCurrencyTwice_isRefused() {
            assertThrows(IllegalArgumentException.class, () -> new FixedRateProvider(JPY, USD, BigDecimal.ZERO));
            assertThrows(IllegalArgumentException.class, () -> new FixedRateProvider(JPY, USD, new BigDecimal("-1")));
            assertThrows(IllegalArgumentException.class, () -> new FixedRateProvider(JPY, JPY, BigDecimal.ONE));
        }
    }
}
