package dev.exoplan.cli.command;

import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.option.LanguageOption;
import dev.exoplan.io.json.Schema;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code exoplan schema}: the JSON Schema of the price sheet, for editors; with {@code --of}, the
 * schema of a command's JSON output, for scripts.
 */
@Command(name = "schema",
        mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

    /**
     * What {@code --of} takes: the price sheet, or a command whose JSON has a schema. Lower case, as
     * picocli shows the constants to users ({@code --of plan}).
     */
    enum Of {
        pricing, plan, compare, list, quote, validate;

        Schema schema() {
            return Schema.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    @Spec
    private CommandSpec spec;

    /** Accepted as by every command; what this command prints is the same in every language. */
    @Mixin
    private LanguageOption language;

    @Option(names = "--of", paramLabel = "WHAT", defaultValue = "pricing")
    private Of of;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(of.schema().text());
        out.flush();
        return ExitCodes.OK;
    }
}
