package dev.exoplan.cli;

import dev.exoplan.core.money.Amounts;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import picocli.CommandLine.Option;

/** {@code --budget AMOUNT}: what the patient can spend, in the sheet's currency, tax included. */
public final class BudgetOption {

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
            throw new UserException(ExitCodes.USAGE, "--budget: '" + budget + "' is not an amount; write a plain "
                    + "number in " + currency.getCurrencyCode() + ", such as 500000");
        }
        int digits = Amounts.minorDigits(currency);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > digits
                || value.precision() - value.scale() > 15) {
            throw new UserException(ExitCodes.USAGE, "--budget: " + budget + " is not an amount of "
                    + currency.getCurrencyCode() + " (0 or more, at most " + digits + " decimals)");
        }
        return Optional.of(Amounts.of(value.setScale(digits), currency));
    }
}
