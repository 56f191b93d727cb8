package dev.exoplan.cli.command;

import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.UserException;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.io.text.Texts;
import java.math.BigDecimal;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --pay-in N}, {@code --financing ID} and {@code --apr RATE}, as {@code plan} and {@code compare}
 * take them, with the checks both make: {@code --financing} and {@code --apr} only with {@code --pay-in},
 * never both, and a rate as it is quoted.
 */
final class PayInOption {

    @Option(names = "--pay-in", paramLabel = "N")
    private Integer payIn;

    @Option(names = "--financing", paramLabel = "ID")
    private String financing;

    @Option(names = "--apr", paramLabel = "RATE")
    private String apr;

    /** What was asked: how many instalments, under which credit plan, or at the patient's own rate. */
    record Asked(int instalments, Optional<String> financing, Optional<BigDecimal> rate) {
    }

    /**
     * What was asked, or nothing without {@code --pay-in}.
     *
     * @throws UserException (usage) for --financing or --apr without --pay-in, both together, or a rate
     *                       that is not one
     */
    Optional<Asked> asked(Texts texts) {
        if (payIn == null) {
            if (financing != null || apr != null) {
                throw usage(financing != null ? "--financing" : "--apr", texts.get("error.payIn.needed"));
            }
            return Optional.empty();
        }
        if (financing != null && apr != null) {
            throw usage("--apr", texts.get("error.apr.withFinancing"));
        }
        return Optional.of(new Asked(payIn, Optional.ofNullable(financing),
                apr == null ? Optional.empty() : Optional.of(rate(apr, texts))));
    }

    /** A number of instalments any credit can have, from 1 to {@link CreditTerms#MAX_INSTALMENTS}. */
    static void checkRange(int instalments, Texts texts) {
        if (instalments < 1 || instalments > CreditTerms.MAX_INSTALMENTS) {
            throw usage("--pay-in", texts.get("error.payIn.range", String.valueOf(instalments),
                    String.valueOf(CreditTerms.MAX_INSTALMENTS)));
        }
    }

    /** {@code --apr}: the annual rate as it is quoted, in percent: 15 or 15%, from 0 to 100. */
    static BigDecimal rate(String text, Texts texts) {
        String number = text.strip().endsWith("%") ? text.strip().substring(0, text.strip().length() - 1).strip()
                : text.strip();
        BigDecimal rate = null;
        if (number.matches("[0-9]{1,3}(\\.[0-9]{1,4})?")) {
            rate = new BigDecimal(number);
        }
        if (rate == null || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw usage("--apr", texts.get("error.apr.invalid", text));
        }
        return rate;
    }

    static UserException usage(String option, String message) {
        return new UserException(ExitCodes.USAGE, option + ": " + message);
    }
}
