package dev.exoplan.io.text;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.text.Language;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import javax.money.Monetary;

/**
 * First-use work of the formats for people — the bundle's catalogue, the date formats and the JDK's
 * locale data behind them (the day and month names of a language) — done ahead, so that the command's
 * thread can do it while it would otherwise wait for the start-up thread to read the sheet. It leaves
 * Moneta alone (the start-up thread's), so that nothing is initialised by two threads at once. Doing
 * it changes nothing: every result is thrown away, and what it initialises would be initialised on
 * first use anyway.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /**
     * Formats a date, an amount in yen (the currency's symbol is the JDK's locale data) and a message
     * with a number for people in {@code language}, wraps a sentence, and throws them all away.
     */
    public static void peopleFormats(Language language) {
        PeopleFormat format = new PeopleFormat(language);
        format.date(LocalDate.of(2027, 1, 4));
        format.money(Amounts.of(BigDecimal.TEN, Monetary.getCurrency("JPY")));
        // Every sentence of a plan is a MessageFormat with numbers in it (Catalogue.format), wrapped to
        // the terminal by Layout's line breaks (Japanese and English).
        new MessageFormat("{0} {1}", language.locale()).format(new Object[] {1, "x"});
        Layout.wrap(20, "", "The total may vary. \u8cbb\u7528\u306f\u5909\u308f\u308b\u3053\u3068\u304c\u3042\u308a\u307e\u3059\u3002", new StringBuilder());
    }
}
