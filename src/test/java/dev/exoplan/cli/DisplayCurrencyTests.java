package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code plan --display-currency CODE --rate R}: the totals also shown converted, labelled approximate,
 * beside the real amounts. The worked example's totals: low ¥170,500, typical ¥621,500, high ¥1,655,500;
 * monthly averages over 12 months ¥14,208, ¥51,792, ¥137,958.
 */
class DisplayCurrencyTests {

    private static Result plan(String... more) {
        String[] args = {"plan", "--pricing", PlanCommandTests.WORKED_EXAMPLE, "--goal", "skin", "--method", "iv",
            "--start", "2027-01-04", "--no-caveats"};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return exoplan(all);
    }

    @Nested
    class Text {

        @Test
        void totals_areAlsoShownInDollars_labelledApproximate() {
            Result r = plan("--display-currency", "USD", "--rate", "0.0066");
            assertEquals(0, r.code(), r.err());
            // 170,500 × 0.0066 = 1,125.30; 621,500 × 0.0066 = 4,101.90; 1,655,500 × 0.0066 = 10,926.30
            assertTrue(r.out().matches("(?s).*\n  Total in USD, approximate +≈ \\$1,125\\.30 +≈ \\$4,101\\.90 +"
                    + "≈ \\$10,926\\.30\n.*"), r.out());
            // 14,208 × 0.0066 = 93.7728 → 93.77; 51,792 × 0.0066 = 341.8272 → 341.83; 137,958 × 0.0066 = 910.5228
            assertTrue(r.out().matches("(?s).*\n  Monthly average in USD, approximate +≈ \\$93\\.77 +≈ \\$341\\.83 +"
                    + "≈ \\$910\\.52\n.*"), r.out());
            assertTrue(r.out().contains("≈ converted at 1 JPY = 0.0066 USD, your rate; approximate. The clinic"),
                    r.out());
            // The real amounts stay.
            assertTrue(r.out().contains("¥621,500"), r.out());
        }

        @Test
        void inJapanese_theLabelSaysItIsAnEstimate() {
            Result r = plan("--display-currency", "usd", "--rate", ".0066", "--lang", "ja");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("USD 換算の合計（目安）"), r.out());
            assertTrue(r.out().contains("≈ $4,101.90"), r.out());
            assertTrue(r.out().contains("621,500円"), r.out());
            assertTrue(r.out().contains("≈ はご指定のレート 1 JPY = 0.0066 USD で換算したおおよその額です。"), r.out());
        }

        @Test
        void withoutTheOptions_nothingIsConverted() {
            Result r = plan();
            assertFalse(r.out().contains("≈"), r.out());
            assertFalse(r.out().contains("USD"), r.out());
        }
    }

    @Nested
    class Json {

        @Test
        void eachScenario_hasConvertedFieldsBesideTheRealAmounts() throws Exception {
            Result r = plan("--display-currency", "EUR", "--rate", "0.0061", "--format", "json");
            assertEquals(0, r.code(), r.err());
            JsonNode typical = new ObjectMapper().readTree(r.out()).get("scenarios").get("typical");
            assertEquals("621500", typical.get("total").asText());
            JsonNode converted = typical.get("converted");
            assertEquals("EUR", converted.get("currency").asText());
            assertEquals("0.0061", converted.get("rate").asText());
            assertTrue(converted.get("rate").isTextual());
            // 621,500 × 0.0061 = 3,791.15; 51,792 × 0.0061 = 315.9312 → 315.93
            assertEquals("3791.15", converted.get("total").decimalValue().toPlainString());
            assertEquals("315.93", converted.get("monthlyAverage").decimalValue().toPlainString());
            assertTrue(converted.get("approximate").asBoolean());
        }

        @Test
        void withoutTheOptions_thereIsNoConvertedField() throws Exception {
            JsonNode typical = new ObjectMapper().readTree(plan("--format", "json").out()).get("scenarios")
                    .get("typical");
            assertFalse(typical.has("converted"), typical.toString());
        }
    }

    @Nested
    class Errors {

        private void usageError(String expected, String... args) {
            Result r = plan(args);
            assertEquals(2, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("exoplan plan: " + expected, r.err().strip());
        }

        @Test
        void rateAlone_namesTheMissingOption() {
            usageError("--rate needs --display-currency: give both, such as --display-currency USD --rate 0.0066 "
                    + "(what 1 JPY is worth in USD)", "--rate", "0.0066");
        }

        @Test
        void displayCurrencyAlone_namesTheMissingOption() {
            usageError("--display-currency USD needs --rate: give what 1 JPY is worth in USD, such as --rate 0.0066",
                    "--display-currency", "USD");
        }

        @Test
        void anUnknownCode_isRefused() {
            usageError("--display-currency: 'DOLLAR' is not an ISO 4217 currency code; write one such as USD, EUR or "
                    + "CNY", "--display-currency", "DOLLAR", "--rate", "1");
            usageError("--display-currency: 'XYZ' is not an ISO 4217 currency code; write one such as USD, EUR or "
                    + "CNY", "--display-currency", "XYZ", "--rate", "1");
        }

        @Test
        void theSheetsOwnCurrency_isRefused() {
            usageError("--display-currency: JPY is the price sheet's own currency; choose another, such as USD, or "
                    + "leave out --display-currency and --rate", "--display-currency", "jpy", "--rate", "1");
        }

        @Test
        void aRateThatIsNotAPositiveDecimal_isRefused() {
            for (String rate : new String[] {"0", "0.000", "-0.0066", "1e-3", "abc", "0,0066", ""}) {
                usageError("--rate: '" + rate + "' is not a positive decimal number; write what 1 JPY is worth in "
                        + "USD as a plain number, such as 0.0066", "--display-currency", "USD", "--rate", rate);
            }
        }

        @Test
        void aRateWithMoreThanTwelveDigitsOnASide_isRefusedWithThatLimit() {
            // 13 digits before the point, and 13 after it: each one more than the 12 a rate may have.
            for (String rate : new String[] {"1234567890123", "0.0000000000066"}) {
                usageError("--rate: '" + rate + "' has more than 12 digits before or after the decimal point, the "
                        + "most a rate may have; write what 1 JPY is worth in USD with at most 12 digits on each "
                        + "side, such as 0.0066", "--display-currency", "USD", "--rate", rate);
            }
        }

        @Test
        void aRateOfTwelveDigits_isConverted() {
            Result r = plan("--display-currency", "USD", "--rate", "999999999999");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("≈ converted at 1 JPY = 999999999999 USD"), r.out());
        }

        @Test
        void inJapanese_theErrorIsJapanese() {
            Result r = plan("--rate", "0.0066", "--lang", "ja");
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("exoplan plan: --rate には --display-currency が必要です。"), r.err());
        }
    }
}
