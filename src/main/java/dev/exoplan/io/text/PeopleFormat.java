package dev.exoplan.io.text;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import java.time.LocalDate;
import java.time.YearMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Money and dates formatted for people in one language (machine formats use plain decimals and ISO
 * dates instead), as the bundle's {@code format.*} keys say: Japanese yen read as 80,000 with the
 * kanji en after it; other amounts carry the currency's symbol
 * and exactly its number of minor-unit digits ({@code ¥80,000}, {@code $250.50}) — Moneta's locale
 * defaults would otherwise print yen with cents in English and dollars without them in Japanese.
 *
 * <p>An amount is written as Moneta's amount format wrote it with the bundle's pattern (the currency's
 * symbol for the language where the pattern has ¤, the number grouped by three with a comma and a
 * point before the minor units, a minus before the number), but by this class itself: Moneta's
 * formats, their service providers and the locale data behind them were a quarter of a short run's
 * start-up. PeopleFormatTests holds the two equal for every currency the JDK knows, in both languages.
 */
public final class PeopleFormat {


    private final Language language;
    private final Catalogue catalogue;
    private final DateTimeFormatter dates;
    /** By currency: the pattern's text before the number and after it, the symbol in place of ¤. */
    private final Map<CurrencyUnit, String[]> formats = new HashMap<>();
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
            // Exactly the currency's digits: an amount with more is a bug, never rounded away here.
            BigDecimal exact = Amounts.decimal(amount).setScale(digits, RoundingMode.UNNECESSARY);
            return amount.getCurrency().getCurrencyCode() + " " + grouped(exact, digits);
        }
        CurrencyUnit currency = amount.getCurrency();
        String[] around = formats.get(currency);
        if (around == null) {
            around = around(currency);
            formats.put(currency, around);
        }
        return around[0] + grouped(Amounts.decimal(amount), Amounts.minorDigits(currency)) + around[1];
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A month, as the language writes it (Mar 2027 in English; the year first in Japanese). */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(catalogue.format("format.month"), language.locale()).format(month);
    }

    /**
     * The bundle's pattern for {@code currency} ({@code format.amount.CODE}, else {@code format.amount})
     * around its number: ¤ is the currency's symbol in the language (its code where the JDK has none).
     */
    private String[] around(CurrencyUnit currency) {
        String key = "format.amount." + currency.getCurrencyCode();
        String pattern = catalogue.format(catalogue.has(key) ? key : "format.amount");
        int at = pattern.indexOf("{0}");
        String symbol = pattern.indexOf('¤') < 0 ? "" : symbol(currency);
        return new String[] {pattern.substring(0, at).replace("¤", symbol),
            pattern.substring(at + 3).replace("¤", symbol)};
    }

    private String symbol(CurrencyUnit currency) {
        try {
            return Currency.getInstance(currency.getCurrencyCode()).getSymbol(language.locale());
        } catch (IllegalArgumentException notIso) {
            return currency.getCurrencyCode();
        }
    }

    /**
     * A decimal with exactly {@code digits} minor digits (rounded half to even, as a DecimalFormat does:
     * exoplan's amounts never have more), its whole part grouped by three: -1234567.5 → -1,234,567.50.
     */
    static String grouped(BigDecimal value, int digits) {
        String plain = value.setScale(digits, RoundingMode.HALF_EVEN).abs().toPlainString();
        int point = digits > 0 ? plain.length() - digits - 1 : plain.length();
        StringBuilder out = new StringBuilder(plain.length() + point / 3 + 1);
        if (value.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, point, plain.length()).toString();
    }
}
