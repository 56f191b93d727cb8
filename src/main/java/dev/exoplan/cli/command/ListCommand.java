package dev.exoplan.cli.command;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.option.FormatOption.OutputFormat;
import dev.exoplan.cli.option.FormatOption;
import dev.exoplan.cli.option.LanguageOption;
import dev.exoplan.cli.option.PricingOption;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.list.SheetJson;
import dev.exoplan.io.list.SheetListing;
import dev.exoplan.io.list.SheetText;
import dev.exoplan.io.text.Layout;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code exoplan list}: the goals, methods and clinics a price sheet offers, with their ids. */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class ListCommand implements Callable<Integer> {

    /** The sections this command lists: all of them for {@code list}, one for {@code goals} or {@code methods}. */
    private final Set<SheetListing.Section> sections;

    ListCommand() {
        this(EnumSet.allOf(SheetListing.Section.class));
    }

    ListCommand(Set<SheetListing.Section> sections) {
        this.sections = Set.copyOf(sections);
    }

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
        PriceSheet sheet = pricing.load().sheet();
        PrintWriter out = spec.commandLine().getOut();
        renderer(format.format(), language.language(), Cli.environment(spec).columns()).render(new SheetListing(sheet, sections), out);
        out.flush();
        return ExitCodes.OK;
    }

    /** The renderer {@code --format} names. */
    static Renderer<SheetListing> renderer(OutputFormat format, Language lang) {
        return renderer(format, lang, Layout.DEFAULT_WIDTH);
    }

    /** The same, text laid out to {@code width} columns. */
    static Renderer<SheetListing> renderer(OutputFormat format, Language lang, int width) {
        return switch (format) {
            case text -> new SheetText(lang, width);
            case json -> new SheetJson(lang);
        };
    }
}
