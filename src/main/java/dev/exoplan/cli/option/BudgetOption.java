package dev.exoplan.cli.option;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.UserException;
import dev.exoplan.core.money.Amounts;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --budget AMOUNT}: what the patient can spend, in the sheet's currency, tax included. */
public final class BudgetOption {

    /**
     * An amount as people type one: plain digits, or digits grouped in threes by commas (500,000) or
     * underscores (500_000), one kind per number; a sign and a decimal part are allowed here and judged
     * after. A comma anywhere else ({@code 5,5}) is refused, never dropped: 5,5 is not ¥55.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "[+-]?(\\d+|\\d{1,3}(,\\d{3})+|\\d{1,3}(_\\d{3})+)(\\.\\d+)?");

    /** Digits with separators, but not in groups of three: a grouping mistake, said as such. */
    private static final Pattern GROUPED_WRONGLY = Pattern.compile("[+-]?[\\d,_]*[,_][\\d,_]*(\\.\\d+)?");

    /** The most digits before the point an amount may have: what exoplan's amounts hold (as a sheet's). */
    private static final int MAX_DIGITS = 15;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--budget", paramLabel = "AMOUNT")
    private String budget;

    /** The budget in {@code currency}, when given; a usage error when it is not a plain amount of it. */
    public Optional<MonetaryAmount> amount(CurrencyUnit currency) {
        if (budget == null) {
            return Optional.empty();
        }
        String typed = budget.strip();
        if (!AMOUNT.matcher(typed).matches()) {
            throw new UserException(ExitCodes.USAGE, Cli.texts(mixee).get(GROUPED_WRONGLY.matcher(typed).matches()
                    ? "error.budget.grouping" : "error.budget.notAnAmount", budget, currency.getCurrencyCode()));
        }
        BigDecimal value = new BigDecimal(typed.replace(",", "").replace("_", ""));
        int digits = Amounts.minorDigits(currency);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > digits) {
            throw new UserException(ExitCodes.USAGE, Cli.texts(mixee).get("error.budget.outOfRange", budget,
                    currency.getCurrencyCode(), digits));
        }
        if (value.setScale(0, java.math.RoundingMode.DOWN).precision() > MAX_DIGITS) {
            throw new UserException(ExitCodes.USAGE, Cli.texts(mixee).get("error.budget.tooLarge", budget,
                    MAX_DIGITS));
        }
        return Optional.of(Amounts.of(value.setScale(digits), currency));
    }
}
