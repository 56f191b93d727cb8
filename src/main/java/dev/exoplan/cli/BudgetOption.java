package dev.exoplan.cli;

import dev.exoplan.core.money.Amounts;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --budget AMOUNT}: what the patient can spend, in the sheet's currency, tax included. */
public final class BudgetOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--budget", paramLabel = "AMOUNT")
    private String budget;

    /** The budget in {@code currency}, when given; a usage error when it is not a plain amount of it. */
    public Optional<MonetaryAmount> amount(CurrencyUnit currency) {
        if (budget == null) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(budget.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UserException(ExitCodes.USAGE, Cli.texts(mixee).get("error.budget.notAnAmount", budget,
                    currency.getCurrencyCode()));
        }
        int digits = Amounts.minorDigits(currency);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > digits
                || value.precision() - value.scale() > 15) {
            throw new UserException(ExitCodes.USAGE, Cli.texts(mixee).get("error.budget.outOfRange", budget,
                    currency.getCurrencyCode(), digits));
        }
        return Optional.of(Amounts.of(value.setScale(digits), currency));
    }
}
