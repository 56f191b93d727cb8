package dev.exoplan.cli.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.UserException;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.Texts;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --budget as people type an amount: read exactly when it can be read one way only, else refused with the rule. */
class BudgetOptionTests {

    private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final Texts EN = new Texts(Language.EN);

    private static BigDecimal read(String typed, CurrencyUnit currency) {
        return Amounts.decimal(BudgetOption.read(typed, currency, EN));
    }

    private static String refusal(String typed, CurrencyUnit currency, Language language) {
        UserException e = assertThrows(UserException.class,
                () -> BudgetOption.read(typed, currency, new Texts(language)));
        assertEquals(ExitCodes.USAGE, e.exitCode());
        return e.getMessage();
    }

    /** Yen as people write it; man (万) is ten thousand, exactly. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "500000|500000", "500,000|500000", "500_000|500000", "+500000|500000",
        "50万|500000",            // 50 × 10,000
        "50万円|500000",          // the same, with 円 (yen) after it
        "¥500,000|500000", "￥500,000|500000", "500000円|500000", "500,000円|500000", "¥ 500,000|500000",
        "５０万|500000",          // full-width digits
        "５００，０００円|500000", // full-width digits and comma
        "1.5万|15000",            // 1.5 × 10,000
        "0.0001万|1",             // 0.0001 × 10,000: the smallest yen man can name
        "1,000万|10000000",       // 1,000 × 10,000
        "99999999999.9999万|999999999999999", // 99,999,999,999.9999 × 10,000: 15 digits, the most
        "0万|0"})
    void yen_asTyped_isReadExactly(String typed, String yen) {
        assertEquals(0, new BigDecimal(yen).compareTo(read(typed, JPY)), typed);
    }

    @Test
    void man_isANumberWordInAnyCurrency_butYenMarksAreForYenOnly() {
        // 50 × 10,000 = 500,000.00 dollars = 50,000,000 cents; 0.00015 × 10,000 = 1.50 dollars = 150 cents.
        assertEquals(50_000_000L, Amounts.minor(BudgetOption.read("50万", USD, EN)));
        assertEquals(150L, Amounts.minor(BudgetOption.read("0.00015万", USD, EN)));
        assertEquals("--budget: '¥5,000' is in yen (¥ or 円), but the price sheet's prices are in USD; write the "
                + "amount in USD as a plain number, such as 500000", refusal("¥5,000", USD, Language.EN));
        assertEquals("--budget: '5000円' is in yen (¥ or 円), but the price sheet's prices are in USD; write the "
                + "amount in USD as a plain number, such as 500000", refusal("5000円", USD, Language.EN));
    }

    /** What could be read two ways, or not at all, with the rule in the message. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5,5|--budget: '5,5' groups its digits wrongly: a thousands separator (, or _) comes after every three "
            + "digits, counted from the right, such as 500,000 or 1,000,000; or write the plain number in JPY, such "
            + "as 500000",
        "1,,000|--budget: '1,,000' groups its digits wrongly: a thousands separator (, or _) comes after every three "
            + "digits, counted from the right, such as 500,000 or 1,000,000; or write the plain number in JPY, such "
            + "as 500000",
        "50,0万|--budget: '50,0万' groups its digits wrongly: a thousands separator (, or _) comes after every three "
            + "digits, counted from the right, such as 500,000 or 1,000,000; or write the plain number in JPY, such "
            + "as 500000",
        "50万5|--budget: '50万5' has digits after 万 (ten thousand), which can be read more than one way; end the "
            + "number with 万 (50万 is 500,000) or write every digit, such as 500005",
        "50万5千|--budget: '50万5千' has digits after 万 (ten thousand), which can be read more than one way; end the "
            + "number with 万 (50万 is 500,000) or write every digit, such as 500005",
        "¥500円|--budget: '¥500円' is not an amount; write a number of yen, such as 500000, 500,000, ¥500,000, "
            + "500000円 or 50万",
        "万|--budget: '万' is not an amount; write a number of yen, such as 500000, 500,000, ¥500,000, 500000円 or 50万",
        "50万万|--budget: '50万万' is not an amount; write a number of yen, such as 500000, 500,000, ¥500,000, "
            + "500000円 or 50万",
        "five|--budget: 'five' is not an amount; write a number of yen, such as 500000, 500,000, ¥500,000, "
            + "500000円 or 50万",
        // 1.23456 × 10,000 = 12,345.6: yen has no decimals
        "1.23456万|--budget: 1.23456万 is not an amount of JPY (0 or more, at most 0 decimals)",
        "-50万|--budget: -50万 is not an amount of JPY (0 or more, at most 0 decimals)",
        // 100,000,000,000 × 10,000 = 1,000,000,000,000,000: 16 digits
        "100000000000万|--budget: 100000000000万 has more than 15 digits before the decimal point, the most an amount "
            + "may have; give at most 999,999,999,999,999"})
    void anAmbiguousOrMalformedAmount_isRefusedWithTheRule(String typed, String message) {
        assertEquals(message, refusal(typed, JPY, Language.EN));
    }

    @Test
    void aSheetInAnotherCurrency_isToldToWriteAPlainNumber() {
        assertEquals("--budget: 'five' is not an amount; write a number in USD, such as 500000 or 500,000",
                refusal("five", USD, Language.EN));
    }

    @Test
    void inJapanese_theRefusalIsJapanese() {
        assertEquals("--budget: '50万5' は「万」の後にも数字があり、いくつにも読めます。50万（500,000）のように「万」で終えるか、"
                + "500005 のようにすべての桁を書いてください", refusal("50万5", JPY, Language.JA));
    }
}
