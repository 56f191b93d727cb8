package dev.exoplan.cli.command;

import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.option.LanguageOption;
import dev.exoplan.io.sheet.PriceSheets;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code exoplan schema}: the JSON Schema of the price sheet, for editors. */
@Command(name = "schema",
        mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Accepted as by every command; what this command prints is the same in every language. */
    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(PriceSheets.schema());
        out.flush();
        return ExitCodes.OK;
    }
}
