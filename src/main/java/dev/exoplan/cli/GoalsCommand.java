package dev.exoplan.cli;

import dev.exoplan.io.SheetText;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code exoplan goals}: one section of {@code exoplan list}. */
@Command(name = "goals", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the goals of the price sheet (what --goal takes) with their names and the methods that fit them.")
final class GoalsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PricingOption pricing;

    @Mixin
    private LanguageOption language;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() throws Exception {
        return ListCommand.print(spec, pricing, language, format, EnumSet.of(SheetText.Section.GOALS));
    }
}
