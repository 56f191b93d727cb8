package dev.exoplan.cli.option;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.UserException;
import dev.exoplan.core.money.FixedRateProvider;
import dev.exoplan.io.text.Texts;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --display-currency CODE --rate R}: the totals also shown in another currency at a rate the
 * user gives — offline, through Moneta's conversion API, labelled approximate. Both or neither.
 */
public final class DisplayCurrencyOption {

    /** A plain positive decimal as people type one: digits, at most one point, no sign or exponent. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?|\\.\\d{1,12}");

    /** A plain decimal of any length: one that fails {@link #DECIMAL} only by its digits is too long, not wrong. */
    private static final Pattern LONG_DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

    /** The most digits a rate may have on each side of the point. */
    private static final int MAX_DIGITS = 12;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--display-currency", paramLabel = "CODE")
    private String currency;

    @Option(names = "--rate", paramLabel = "RATE")
    private String rate;

    /**
     * The user's rate from {@code sheet} (the price sheet's currency), when both options are given.
     *
     * @throws UserException (usage) when only one is given, the code is not an ISO 4217 currency other
     *                       than the sheet's, or the rate is not a positive decimal
     */
    public Optional<FixedRateProvider> rate(CurrencyUnit sheet) {
        if (currency == null && rate == null) {
            return Optional.empty();
        }
        Texts texts = Cli.texts(mixee);
        String base = sheet.getCurrencyCode();
        if (currency == null) {
            throw usage(texts.get("error.rate.alone", base));
        }
        if (rate == null) {
            throw usage(texts.get("error.displayCurrency.alone", base, currency));
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}") || !Monetary.isCurrencyAvailable(code)) {
            throw usage(texts.get("error.displayCurrency.unknown", currency));
        }
        CurrencyUnit term = Monetary.getCurrency(code);
        if (term.equals(sheet)) {
            throw usage(texts.get("error.displayCurrency.same", code));
        }
        String typed = rate.strip();
        if (!DECIMAL.matcher(typed).matches() && LONG_DECIMAL.matcher(typed).matches()) {
            throw usage(texts.get("error.rate.tooLong", rate, MAX_DIGITS, base, code));
        }
        BigDecimal factor = DECIMAL.matcher(typed).matches() ? new BigDecimal(typed) : null;
        if (factor == null || factor.signum() <= 0) {
            throw usage(texts.get("error.rate.invalid", rate, base, code));
        }
        return Optional.of(new FixedRateProvider(sheet, term, factor));
    }

    private static UserException usage(String message) {
        return new UserException(ExitCodes.USAGE, message);
    }
}
