package dev.exoplan.cli.option;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.UserException;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.io.text.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --budget AMOUNT}: what the patient can spend, in the sheet's currency, tax included, as people
 * type an amount on the command line: {@code 500000}, {@code 500,000}, {@code 50man} (the kanji for ten
 * thousand: exactly 500,000; {@code 1.5man} is 15,000), a yen sign before or the kanji for yen after it
 * (only for a sheet in yen), full-width digits too. What could be read two ways is refused with the rule
 * and an example, never guessed: digits after the ten-thousand kanji ({@code 50man5}: 500,005 or
 * 505,000?), a comma out of place ({@code 5,5}, which is never 55).
 */
public final class BudgetOption {

    /** The kanji for ten thousand (man) and for yen (en), and the yen sign as NFKC leaves it. */
    private static final String MAN = "\u4e07";
    private static final String EN = "\u5186";
    private static final String YEN_SIGN = "\u00a5";

    /**
     * An amount as typed, once NFKC has made full-width digits, commas, points and yen signs ASCII (and
     * the yen sign U+00A5): a sign, a yen sign, the number, then man, then en, each but the number optional.
     */
    private static final Pattern TYPED = Pattern.compile("(?<sign>[+-])?(?<yen>" + YEN_SIGN + ")?\\s*"
            + "(?<number>[\\d,_][\\d,_.]*)\\s*(?<man>" + MAN + ")?\\s*(?<en>" + EN + ")?");

    /** Digits after man: 50man5 could be 500,005 or (as 50man5sen) 505,000. */
    private static final Pattern AFTER_MAN = Pattern.compile(".*" + MAN + "\\s*\\d.*");

    /**
     * A number as people type one: plain digits, or digits grouped in threes by commas (500,000) or
     * underscores (500_000), one kind per number; a decimal part is allowed here and judged after. A comma
     * anywhere else ({@code 5,5}) is refused, never dropped: 5,5 is not 55.
     */
    private static final Pattern NUMBER = Pattern.compile("(\\d+|\\d{1,3}(,\\d{3})+|\\d{1,3}(_\\d{3})+)(\\.\\d+)?");

    /** Digits with separators, but not in groups of three: a grouping mistake, said as such. */
    private static final Pattern GROUPED_WRONGLY = Pattern.compile("[\\d,_]*[,_][\\d,_]*(\\.\\d+)?");

    /** What one man is. */
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** The most digits before the point an amount may have: what exoplan's amounts hold (as a sheet's). */
    private static final int MAX_DIGITS = 15;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--budget", paramLabel = "AMOUNT")
    private String budget;

    /** The budget in {@code currency}, when given; a usage error when it is not an amount of it. */
    public Optional<MonetaryAmount> amount(CurrencyUnit currency) {
        if (budget == null) {
            return Optional.empty();
        }
        return Optional.of(read(budget, currency, Cli.texts(mixee)));
    }

    /** {@code typed} as an amount of {@code currency}; a usage error, in the words of {@code texts}, if it is none. */
    static MonetaryAmount read(String typed, CurrencyUnit currency, Texts texts) {
        String code = currency.getCurrencyCode();
        boolean yenSheet = code.equals("JPY");
        String text = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
        Matcher parts = TYPED.matcher(text);
        if (!parts.matches()) {
            if (AFTER_MAN.matcher(text).matches()) {
                throw usage(texts.get("error.budget.afterMan", typed));
            }
            throw notAnAmount(typed, code, yenSheet, texts);
        }
        boolean yen = parts.group("yen") != null || parts.group("en") != null;
        if (parts.group("yen") != null && parts.group("en") != null) {
            throw notAnAmount(typed, code, yenSheet, texts);
        }
        if (yen && !yenSheet) {
            throw usage(texts.get("error.budget.notYen", typed, code));
        }
        String number = parts.group("number");
        if (!NUMBER.matcher(number).matches()) {
            if (GROUPED_WRONGLY.matcher(number).matches()) {
                throw usage(texts.get("error.budget.grouping", typed, code));
            }
            throw notAnAmount(typed, code, yenSheet, texts);
        }
        BigDecimal value = new BigDecimal(number.replace(",", "").replace("_", ""));
        if (parts.group("man") != null) {
            value = value.multiply(TEN_THOUSAND);
        }
        if ("-".equals(parts.group("sign"))) {
            value = value.negate();
        }
        int digits = Amounts.minorDigits(currency);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > digits) {
            throw usage(texts.get("error.budget.outOfRange", typed, code, digits));
        }
        if (value.setScale(0, RoundingMode.DOWN).precision() > MAX_DIGITS) {
            throw usage(texts.get("error.budget.tooLarge", typed, MAX_DIGITS));
        }
        return Amounts.of(value.setScale(digits, RoundingMode.UNNECESSARY), currency);
    }

    private static UserException notAnAmount(String typed, String code, boolean yenSheet, Texts texts) {
        return usage(texts.get(yenSheet ? "error.budget.notAnAmount.yen" : "error.budget.notAnAmount", typed, code));
    }

    private static UserException usage(String message) {
        return new UserException(ExitCodes.USAGE, message);
    }
}
