package dev.exoplan.cli;

import dev.exoplan.core.sheet.Language;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The one place the command line is wired: streams, environment, error handling, exit codes. */
public final class Cli {

    /**
     * Moneta logs an INFO line through java.util.logging the first time it is used; exoplan's stderr
     * is for exoplan's diagnostics only. Held here so the logger (and its level) is not collected.
     */
    private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney.moneta");

    private Cli() {
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment) {
        MONETA_LOG.setLevel(Level.WARNING);
        CommandLine commandLine = new CommandLine(new ExoplanCommand(environment));
        commandLine.addSubcommand(new PlanCommand());
        commandLine.addSubcommand(new ListCommand());
        commandLine.addSubcommand(new QuoteCommand());
        commandLine.addSubcommand(new ValidateCommand());
        commandLine.addSubcommand(new SchemaCommand());
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().hidden(false);
        commandLine.addSubcommand("generate-completion", completion);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new ErrorHandler());
        commandLine.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpAutoWidth(true);
        return commandLine;
    }

    /**
     * The language a command speaks: its {@code --lang}, where it has one, else the user's locale's.
     */
    static Language language(CommandSpec spec) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof LanguageOption option) {
                return option.language();
            }
        }
        return Language.of(environment(spec).locale());
    }

    /** The environment of the command line that {@code spec} belongs to. */
    static Environment environment(CommandSpec spec) {
        return ((ExoplanCommand) spec.root().userObject()).environment();
    }
}
