package dev.exoplan.cli.command;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.FileOutput;
import dev.exoplan.cli.UserException;
import dev.exoplan.cli.option.BudgetOption;
import dev.exoplan.cli.option.FilterOption;
import dev.exoplan.cli.option.LanguageOption;
import dev.exoplan.cli.option.PeriodOption;
import dev.exoplan.cli.option.PricingOption;
import dev.exoplan.cli.option.VariantOption;
import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.finance.PayIn;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.compare.ComparisonCsv;
import dev.exoplan.io.compare.ComparisonHtml;
import dev.exoplan.io.compare.ComparisonJson;
import dev.exoplan.io.compare.ComparisonReport;
import dev.exoplan.io.compare.ComparisonText;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code exoplan compare}: every clinic and method for one goal, side by side, cheapest first. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class CompareCommand implements Callable<Integer> {

    /** The output formats; lower case as users type them. */
    enum Format {
        text, json, csv, markdown, html
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--goal", paramLabel = "GOAL", required = true)
    private String goal;

    @Mixin
    private FilterOption filter;

    @Mixin
    private VariantOption variant;

    @Mixin
    private PeriodOption period;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    private Format format;

    @Option(names = "--bom")
    private boolean bom;

    @Option(names = "--output", paramLabel = "FILE")
    private Path output;

    @Mixin
    private BudgetOption budget;

    @Mixin
    private PayInOption payIn;

    @Mixin
    private PricingOption pricing;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws Exception {
        if (bom && format != Format.csv) {
            throw new UserException(ExitCodes.USAGE, Cli.texts(spec).get("error.bom", format));
        }
        Optional<PayIn> instalments = payIn(Cli.texts(spec));
        PriceSheet sheet = pricing.load().sheet();
        if (output != null) {
            FileOutput.refuseInput(Cli.texts(spec), "--output", output, Map.of("--pricing", pricing.file()));
        }
        filter.check(Cli.texts(spec), sheet);
        Language lang = language.language();
        refuseMethodsTheGoalLacks(sheet, Cli.texts(spec));
        Comparison comparison;
        try {
            comparison = Comparison.of(sheet, goal, filter.methods(), filter.clinics(), period.start(),
                    period.months(), variant.variant());
        } catch (InvalidRequestException e) {
            throw new UserException(ExitCodes.USAGE, e.field().option() + ": "
                    + e.message(lang));
        }
        int digits = dev.exoplan.core.money.Amounts.minorDigits(sheet.currency());
        OptionalLong minor = budget.amount(sheet.currency())
                .map(a -> OptionalLong.of(dev.exoplan.core.money.Amounts.plain(a).movePointRight(digits)
                        .longValueExact()))
                .orElse(OptionalLong.empty());
        PrintWriter out = spec.commandLine().getOut();
        ComparisonReport report = new ComparisonReport(comparison, minor, instalments);
        if (output != null && !FileOutput.standardOutput(output)) {
            // A file is no terminal: CSV in it is not neutralised for one, and text keeps its width.
            Renderer<ComparisonReport> renderer = renderer(format, lang, false, Cli.environment(spec).columns());
            FileOutput.write(Cli.texts(spec), "--output", output, out, file -> {
                if (bom) {
                    file.write('\uFEFF');
                }
                renderer.render(report, file);
                return true;
            });
            return ExitCodes.OK;
        }
        if (bom) {
            out.write('\uFEFF');
        }
        renderer(format, lang, Cli.environment(spec).terminal(), Cli.environment(spec).columns()).render(report, out);
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * {@code --pay-in N}, under each clinic's credit plan ({@code --financing}'s, else its only one) or the
     * patient's own card at {@code --apr}; the same usage errors as {@code plan}'s.
     */
    private Optional<PayIn> payIn(Texts texts) {
        return payIn.asked(texts).map(asked -> {
            PayInOption.checkRange(asked.instalments(), texts);
            return new PayIn(asked.instalments(), asked.financing(), asked.rate());
        });
    }

    /**
     * A method the goal does not list is the usage error {@code plan} gives for the same pairing, in the
     * same words ({@code Planner}'s {@code invalid.methodNotForGoal}), not an empty comparison.
     */
    private void refuseMethodsTheGoalLacks(PriceSheet sheet, Texts texts) {
        Optional<Goal> known = sheet.goal(goal);
        if (known.isEmpty()) {
            return; // Comparison.of names the unknown goal and the closest one
        }
        for (String method : filter.methods()) {
            if (!known.get().offers(method)) {
                throw new UserException(ExitCodes.USAGE, "--method: " + texts.get("invalid.methodNotForGoal",
                        goal, method, String.join(", ", known.get().methods())));
            }
        }
    }

    /** The renderer {@code --format} names; {@code terminal} when standard output is one (for CSV). */
    static Renderer<ComparisonReport> renderer(Format format, Language lang, boolean terminal) {
        return renderer(format, lang, terminal, Layout.DEFAULT_WIDTH);
    }

    /** The same, text laid out to {@code width} columns. */
    static Renderer<ComparisonReport> renderer(Format format, Language lang, boolean terminal, int width) {
        return switch (format) {
            case text -> new ComparisonText(lang, false, width);
            case markdown -> new ComparisonText(lang, true);
            case json -> new ComparisonJson(lang);
            case csv -> new ComparisonCsv(lang, terminal);
            case html -> new ComparisonHtml(lang);
        };
    }
}
