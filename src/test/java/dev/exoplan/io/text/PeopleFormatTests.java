package dev.exoplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.format.AmountFormatQueryBuilder;
import javax.money.format.MonetaryAmountFormat;
import javax.money.format.MonetaryFormats;
import org.javamoney.moneta.format.CurrencyStyle;
import org.junit.jupiter.api.Test;

/**
 * exoplan writes money for people itself, as Moneta's amount format wrote it with the bundle's
 * pattern (which it did until its start-up cost was measured): the same text for every currency
 * Moneta knows, in both languages, for amounts of every size and sign.
 */
class PeopleFormatTests {

    /** What Moneta wrote: its amount format with the bundle's pattern and the currency's symbol. */
    private static MonetaryAmountFormat moneta(Language language, CurrencyUnit currency) {
        Catalogue catalogue = Catalogue.of(language);
        int digits = Amounts.minorDigits(currency);
        String number = "#,##0" + (digits > 0 ? "." + "0".repeat(digits) : "");
        String key = "format.amount." + currency.getCurrencyCode();
        String pattern = catalogue.format(catalogue.has(key) ? key : "format.amount").replace("{0}", number);
        return MonetaryFormats.getAmountFormat(AmountFormatQueryBuilder.of(language.locale())
                .set(CurrencyStyle.SYMBOL).set("pattern", pattern).build());
    }

    @Test
    void everyCurrencyInBothLanguages_readsAsMonetasFormatWroteIt() {
        long[] minors = {0, 1, 9, 10, 99, 100, 999, 1000, 1001, 123_456, 1_000_000, 12_345_678_901_234L, -1, -1000,
            -1_234_567};
        List<String> differ = new ArrayList<>();
        int checked = 0;
        for (Language language : List.of(Language.EN, Language.JA)) {
            PeopleFormat format = new PeopleFormat(language);
            for (CurrencyUnit currency : Monetary.getCurrencies()) {
                MonetaryAmountFormat oracle = moneta(language, currency);
                int digits = Amounts.minorDigits(currency);
                for (long minor : minors) {
                    MonetaryAmount amount = Amounts.of(BigDecimal.valueOf(minor, digits), currency);
                    String expected = oracle.format(amount);
                    String written = format.money(amount);
                    checked++;
                    if (!expected.equals(written)) {
                        differ.add(language + " " + amount + ": " + expected + " / " + written);
                    }
                }
            }
        }
        assertEquals(List.of(), differ.subList(0, Math.min(10, differ.size())), differ.size() + " of " + checked);
    }

    @Test
    void inAscii_everyCurrency_readsAsItsCodeAndTheNumberADecimalFormatWrote() {
        // What --ascii wrote before: a DecimalFormat of the currency's digits, grouped, with ROOT's symbols.
        long[] minors = {0, 1, 999, 1000, 123_456, 12_345_678_901_234L, -1, -1_234_567};
        List<String> differ = new ArrayList<>();
        PeopleFormat format = new PeopleFormat(Language.JA, true);
        for (CurrencyUnit currency : Monetary.getCurrencies()) {
            int digits = Amounts.minorDigits(currency);
            java.text.DecimalFormat number = new java.text.DecimalFormat("#,##0" + (digits > 0 ? "." + "0".repeat(digits)
                    : ""), java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            number.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
            for (long minor : minors) {
                MonetaryAmount amount = Amounts.of(BigDecimal.valueOf(minor, digits), currency);
                String expected = currency.getCurrencyCode() + " " + number.format(Amounts.plain(amount));
                if (!expected.equals(format.money(amount))) {
                    differ.add(expected + " / " + format.money(amount));
                }
            }
        }
        assertEquals(List.of(), differ.subList(0, Math.min(10, differ.size())), differ.size() + " differ");
    }

    @Test
    void yenAndDollars_readAsTheBundlesSay() {
        // en: ¥ before yen with no minor digits; ja: 円 after; dollars with two digits, the minus first.
        MonetaryAmount yen = Amounts.of(new BigDecimal("1234567"), Monetary.getCurrency("JPY"));
        MonetaryAmount dollars = Amounts.of(new BigDecimal("-250.5"), Monetary.getCurrency("USD"));
        assertEquals("¥1,234,567", new PeopleFormat(Language.EN).money(yen));
        assertEquals("1,234,567円", new PeopleFormat(Language.JA).money(yen));
        assertEquals("$-250.50", new PeopleFormat(Language.EN).money(dollars));
        assertEquals("-1,000", PeopleFormat.grouped(new BigDecimal("-1000"), 0));
        assertEquals("0.00", PeopleFormat.grouped(BigDecimal.ZERO, 2));
        assertEquals("999", PeopleFormat.grouped(new BigDecimal("999"), 0));
        assertEquals("12,345,678.901", PeopleFormat.grouped(new BigDecimal("12345678.901"), 3));
    }
}
