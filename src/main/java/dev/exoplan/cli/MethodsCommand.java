package dev.exoplan.cli;

import dev.exoplan.io.SheetText;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code exoplan methods}: one section of {@code exoplan list}. */
@Command(name = "methods", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the delivery methods of the price sheet (what --method takes) with their names.")
final class MethodsCommand implements Callable<Integer> {

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
        return ListCommand.print(spec, pricing, language, format, EnumSet.of(SheetText.Section.METHODS));
    }
}
