package dev.exoplan.io.text;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.format.AmountFormatQueryBuilder;
import javax.money.format.MonetaryAmountFormat;
import javax.money.format.MonetaryFormats;
import org.javamoney.moneta.format.CurrencyStyle;

/**
 * Money and dates formatted for people in one language (machine formats use plain decimals and ISO
 * dates instead), as the bundle's {@code format.*} keys say: Japanese yen read as 80,000 with the
 * kanji en after it; other amounts carry the currency's symbol
 * and exactly its number of minor-unit digits ({@code ¥80,000}, {@code $250.50}) — Moneta's locale
 * defaults would otherwise print yen with cents in English and dollars without them in Japanese.
 */
public final class PeopleFormat {


    private final Language language;
    private final Catalogue catalogue;
    private final DateTimeFormatter dates;
    private final Map<CurrencyUnit, MonetaryAmountFormat> formats = new HashMap<>();
    private final boolean ascii;

    public PeopleFormat(Language language) {
        this(language, false);
    }

    /**
     * @param ascii money in ASCII, whatever the language: the currency's code, a space and the amount
     *     ({@code JPY 150,000}, {@code USD 990.00}); dates as the language writes them
     */
    public PeopleFormat(Language language, boolean ascii) {
        this.ascii = ascii;
        this.language = language;
        this.catalogue = Catalogue.of(language);
        this.dates = DateTimeFormatter.ofPattern(catalogue.format("format.date"), language.locale());
    }

    Language language() {
        return language;
    }

    public String money(MonetaryAmount amount) {
        if (ascii) {
            int digits = Amounts.minorDigits(amount.getCurrency());
            java.text.DecimalFormat number = new java.text.DecimalFormat("#,##0" + (digits > 0 ? "." + "0".repeat(digits)
                    : ""), java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            number.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
            return amount.getCurrency().getCurrencyCode() + " " + number.format(Amounts.plain(amount));
        }
        return formats.computeIfAbsent(amount.getCurrency(), this::formatFor).format(amount);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A month, as the language writes it (Mar 2027 in English; the year first in Japanese). */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(catalogue.format("format.month"), language.locale()).format(month);
    }

    private MonetaryAmountFormat formatFor(CurrencyUnit currency) {
        int digits = Amounts.minorDigits(currency);
        String number = "#,##0" + (digits > 0 ? "." + "0".repeat(digits) : "");
        String key = "format.amount." + currency.getCurrencyCode();
        // not a MessageFormat: {0} is where the number goes in Moneta's pattern (¤ is the currency's symbol)
        String pattern = catalogue.format(catalogue.has(key) ? key : "format.amount").replace("{0}", number);
        return MonetaryFormats.getAmountFormat(AmountFormatQueryBuilder.of(language.locale())
                .set(CurrencyStyle.SYMBOL)
                .set("pattern", pattern)
                .build());
    }
}
