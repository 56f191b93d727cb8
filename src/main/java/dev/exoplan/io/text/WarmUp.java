package dev.exoplan.io.text;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.Monetary;

/**
 * First-use work of the formats for people — Moneta's service providers, its amount formats and the
 * JDK's locale data behind them, the day and month names of a language — done ahead, so that a
 * second thread can do it while the first reads the command line. Doing it changes nothing: every
 * result is thrown away, and what it initialises would be initialised on first use anyway.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** Formats an amount in yen and a date for people in {@code language}, and throws both away. */
    public static void peopleFormats(Language language) {
        PeopleFormat format = new PeopleFormat(language);
        format.money(Amounts.of(BigDecimal.ZERO, Monetary.getCurrency("JPY")));
        format.date(LocalDate.of(2027, 1, 4));
    }
}
