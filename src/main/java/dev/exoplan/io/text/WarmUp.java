package dev.exoplan.io.text;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.text.Language;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Currency;
import javax.money.Monetary;

/**
 * First-use work of the formats for people — the bundle's catalogue, the date formats and the JDK's
 * locale data behind them (the day and month names of a language, a currency's symbol), the line
 * breaks of a language — done ahead on whichever thread would otherwise wait. Doing it changes
 * nothing: every result is thrown away, and what it initialises would be initialised on first use
 * anyway. It comes in two parts so that Moneta is only ever first used by one thread: {@link #words}
 * touches no Moneta and may run beside the start-up thread, {@link #money} runs after the sheet on the
 * thread that read it.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /**
     * Formats a date and a message with a number for people in {@code language}, looks up the yen's
     * symbol (the JDK's locale data), wraps a sentence in English and Japanese, and throws them all
     * away. Uses no Moneta.
     */
    public static void words(Language language) {
        PeopleFormat format = new PeopleFormat(language);
        format.date(LocalDate.of(2027, 1, 4));
        Currency.getInstance("JPY").getSymbol(language.locale());
        // Every sentence of a plan is a MessageFormat with numbers in it (Catalogue.format), wrapped to
        // the terminal by Layout's line breaks (Japanese and English).
        new MessageFormat("{0} {1}", language.locale()).format(new Object[] {1, "x"});
        Layout.wrap(20, "", "The total may vary. "
                + "\u8cbb\u7528\u306f\u5909\u308f\u308b\u3053\u3068\u304c\u3042\u308a\u307e\u3059\u3002",
                new StringBuilder());
    }

    /** Formats an amount in yen for people in {@code language}, and throws it away: Moneta's first use. */
    public static void money(Language language) {
        new PeopleFormat(language).money(Amounts.of(BigDecimal.TEN, Monetary.getCurrency("JPY")));
    }
}
