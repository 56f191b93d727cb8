package dev.exoplan.io.text;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Language;
import java.time.LocalDate;
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
 * dates instead). Japanese yen read as {@code 80,000円}; other amounts carry the currency's symbol
 * and exactly its number of minor-unit digits ({@code ¥80,000}, {@code $250.50}) — Moneta's locale
 * defaults would otherwise print yen with cents in English and dollars without them in Japanese.
 */
public final class PeopleFormat {

    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日(E)", Language.JA.locale());
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Language.EN.locale());

    private final Language language;
    private final Map<CurrencyUnit, MonetaryAmountFormat> formats = new HashMap<>();

    public PeopleFormat(Language language) {
        this.language = language;
    }

    Language language() {
        return language;
    }

    public String money(MonetaryAmount amount) {
        return formats.computeIfAbsent(amount.getCurrency(), this::formatFor).format(amount);
    }

    public String date(LocalDate date) {
        return (language == Language.JA ? JA_DATE : EN_DATE).format(date);
    }

    private MonetaryAmountFormat formatFor(CurrencyUnit currency) {
        int digits = Amounts.minorDigits(currency);
        String number = "#,##0" + (digits > 0 ? "." + "0".repeat(digits) : "");
        String pattern = language == Language.JA && currency.getCurrencyCode().equals("JPY")
                ? number + "円"
                : "¤" + number;
        return MonetaryFormats.getAmountFormat(AmountFormatQueryBuilder.of(language.locale())
                .set(CurrencyStyle.SYMBOL)
                .set("pattern", pattern)
                .build());
    }
}
