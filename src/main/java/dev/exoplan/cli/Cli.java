package dev.exoplan.cli;

import dev.exoplan.core.sheet.Language;
import dev.exoplan.io.SheetText;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The one place the command line is wired: streams, environment, error handling, exit codes. */
public final class Cli {

    private Cli() {
    }

    /** The subcommands, in the order help lists them, each built only when needed. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("plan", PlanCommand::new);
        COMMANDS.put("list", ListCommand::new);
        COMMANDS.put("goals", () -> new ListCommand(EnumSet.of(SheetText.Section.GOALS)));
        COMMANDS.put("methods", () -> new ListCommand(EnumSet.of(SheetText.Section.METHODS)));
        COMMANDS.put("compare", CompareCommand::new);
        COMMANDS.put("quote", QuoteCommand::new);
        COMMANDS.put("validate", ValidateCommand::new);
        COMMANDS.put("schema", SchemaCommand::new);
        COMMANDS.put("completion", CompletionCommand::new);
    }

    /** What {@code goals} and {@code methods} say of themselves: each is {@code list} of one section. */
    private static final Map<String, String> SECTION_DESCRIPTIONS = Map.of(
            "goals", "Lists the goals of the price sheet (what --goal takes) with their names and the methods "
                    + "that fit them.",
            "methods", "Lists the delivery methods of the price sheet (what --method takes) with their names.");

    /**
     * Begins, on a second thread, the first-use work that the command {@code args} name will need
     * (see {@link StartUp}); the command waits for it before it runs. For the program's own start.
     */
    public static void startUp(String[] args, Environment environment) {
        StartUp.begin(args, environment);
    }

    /** The whole command line, every subcommand built. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment) {
        return commandLine(out, err, environment, COMMANDS.keySet());
    }

    /**
     * The command line for these arguments: when they name a subcommand, only that one is built —
     * picocli reads every command's annotations when it is added, which is most of a short run's
     * start-up — otherwise (help, a typo to suggest a fix for) all of them.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment, String[] args) {
        for (String arg : args) {
            if (arg.equals("--stacktrace")) {
                continue;
            }
            // completion describes every command, so it needs them all.
            if (COMMANDS.containsKey(arg) && !arg.equals("completion")) {
                return commandLine(out, err, environment, Set.of(arg));
            }
            break;
        }
        return commandLine(out, err, environment, COMMANDS.keySet());
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment,
            Set<String> names) {
        CommandLine commandLine = new CommandLine(new ExoplanCommand(environment));
        COMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                CommandLine sub = new CommandLine(command.get());
                String description = SECTION_DESCRIPTIONS.get(name);
                if (description != null) {
                    sub.getCommandSpec().name(name).usageMessage().description(description);
                }
                commandLine.addSubcommand(name, sub);
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(parseResult -> {
            StartUp.await();
            StartUp.quietMoneta();
            return new CommandLine.RunLast().execute(parseResult);
        });
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
