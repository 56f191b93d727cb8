package dev.exoplan.cli;

import dev.exoplan.cli.command.Commands;
import dev.exoplan.cli.completion.CompletionIds;
import dev.exoplan.cli.completion.CompletionScript;
import dev.exoplan.cli.option.Converters;
import dev.exoplan.cli.option.LanguageOption;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.file.StandardOutput;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/** The one place the command line is wired: streams, environment, error handling, exit codes. */
public final class Cli {

    private Cli() {
    }

    /** The subcommands, in the order help lists them, each built only when needed. */
    static final Map<String, Supplier<Object>> COMMANDS = Commands.all();

    /**
     * Begins, on a second thread, the first-use work that the command {@code args} name will need
     * (see {@link StartUp}); the command waits for it before it runs. For the program's own start.
     */
    public static void startUp(String[] args, Environment environment) {
        StartUp.begin(args, environment);
    }

    /**
     * Whether {@code args} ask for the ids a completion script offers ({@code exoplan __complete KIND
     * WORD…}), which {@link #complete} answers without building the command line.
     */
    public static boolean completing(String[] args) {
        return CompletionIds.asked(args);
    }

    /**
     * The ids of the sheet the completed line names, one a line on {@code out}; nothing on error, ever:
     * what it writes goes into the user's command line. Exit 0, or 1 when the sheet cannot be read.
     */
    public static int complete(String[] args, Environment environment, PrintWriter out) {
        StartUp.quietMoneta(); // Moneta logs through java.util.logging: its lines would land in the command line
        return CompletionIds.run(args, environment, out);
    }

    /** The completion script for {@code shell} ({@code bash} or {@code zsh}) of the command line {@code root}. */
    public static String completionScript(CommandLine root, String shell) {
        CompletionScript script = new CompletionScript(root);
        return shell.equals("zsh") ? script.zsh() : script.bash();
    }

    /** The whole command line, every subcommand built, speaking the language of the user's locale. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment) {
        return commandLine(out, err, environment, COMMANDS.keySet(), Language.of(environment.locale()));
    }

    /**
     * The command line for these arguments: when they name a subcommand, only that one is built —
     * picocli reads every command's annotations when it is added, which is most of a short run's
     * start-up — otherwise (help, a typo to suggest a fix for) all of them.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment, String[] args) {
        Arguments scanned = new Arguments(args);
        Language language = scanned.language(environment);
        // completion describes every command, and help may name any, so they need them all.
        Optional<String> command = scanned.command().filter(c -> !c.equals("completion") && !c.equals("help"));
        if (command.isEmpty() || scanned.help()) {
            LanguageOption.describeLanguages();
        }
        return commandLine(out, err, environment, command.map(Set::of).orElse(COMMANDS.keySet()), language);
    }

    /**
     * The language of help and messages for these arguments: {@code --lang ja|en} anywhere before a
     * {@code --}, else the user's locale. Decided before parsing, because picocli prints help before
     * any option's value is applied; a --lang that is not ja or en is left for the parser to refuse.
     */
    static Language language(String[] args, Environment environment) {
        return new Arguments(args).language(environment);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment,
            Set<String> names, Language language) {
        Factory factory = new Factory(language);
        CommandLine commandLine = new CommandLine(new ExoplanCommand(environment, language), factory);
        COMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                CommandLine sub = new CommandLine(command.get(), factory);
                // goals and methods are list under their own names, with their own help (exoplan.goals.*).
                sub.getCommandSpec().name(name);
                if (sub.getCommandSpec().mixinStandardHelpOptions()) {
                    // -V/--version answers the same on every subcommand as on exoplan itself.
                    sub.getCommandSpec().versionProvider(new VersionProvider());
                }
                if (sub.getCommandSpec().helpCommand()) {
                    // picocli's own help command takes --lang too, as every command does.
                    sub.getCommandSpec().addMixin("lang", CommandSpec.forAnnotatedObject(new LanguageOption(), factory));
                }
                commandLine.addSubcommand(name, sub);
            }
        });
        // Every help text is in the bundles: descriptions, options, headings and footers, in one language.
        commandLine.setResourceBundle(Texts.bundle(language));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(parseResult -> {
            try {
                StartUp.await();
            } catch (RuntimeException e) {
                // A bug of the start-up thread goes to ErrorHandler as the command's own would: picocli
                // prints a stack trace for anything else its execution strategy throws.
                List<CommandLine> parsed = parseResult.asCommandLineList();
                throw new CommandLine.ExecutionException(parsed.get(parsed.size() - 1), String.valueOf(e), e);
            }
            StartUp.quietMoneta();
            int code = new CommandLine.RunLast().execute(parseResult);
            return written(parseResult, code);
        });
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new ErrorHandler());
        commandLine.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // No @file arguments: picocli would read the named file whole into arguments, and @/dev/zero
        // never ends. exoplan's arguments are short enough to type; a shell's $(cat file) does the rest.
        commandLine.setExpandAtFiles(false);
        // Help fits the width the rest of the output does (picocli wraps no narrower than 55 columns).
        commandLine.setUsageHelpAutoWidth(false);
        commandLine.setUsageHelpWidth(Math.max(55, environment.columns()));
        // Help is never coloured, as nothing exoplan writes is; an example stays on one line.
        commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        HelpSections.apply(commandLine);
        return commandLine;
    }

    /**
     * The exit code once standard output is flushed: a command whose output could not be written
     * (a full disk, a failing device, a file grown past its limit) fails with one line and exit 1, even
     * if it had finished; a reader that closed the pipe ({@code | head}) is no failure.
     */
    private static int written(CommandLine.ParseResult parseResult, int code) {
        CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
        PrintWriter out = last.getOut();
        out.flush();
        Optional<IOException> failure = out instanceof StandardOutput standard
                ? standard.failure()
                : out.checkError() ? Optional.of(new IOException("write error"))
                        : Optional.empty();
        if (failure.isEmpty()) {
            return code;
        }
        PrintWriter err = last.getErr();
        err.println(SafeText.forPeople(last.getCommandSpec().qualifiedName() + ": " + texts(last.getCommandSpec())
                .get("error.stdout.cannotBeWritten", StandardOutput.reason(failure.get()))));
        err.flush();
        return code == ExitCodes.OK ? ExitCodes.BAD_INPUT : code;
    }

    /**
     * Makes what picocli instantiates while parsing (converters, mixins), as picocli's own factory does,
     * except that the converters whose refusals exoplan words get the language chosen before parsing:
     * picocli gives a converter nothing but the text to convert.
     */
    private record Factory(Language language) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            Object worded = Converters.speaking(cls, language);
            return worded != null ? cls.cast(worded) : CommandLine.defaultFactory().create(cls);
        }
    }

    /**
     * The language a command speaks: its {@code --lang}, where it has one, else the language the
     * command line was built in (the arguments' --lang, else the user's locale).
     */
    public static Language language(CommandSpec spec) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof LanguageOption option && option.given().isPresent()) {
                return option.given().get();
            }
        }
        return root(spec).language();
    }

    /** The texts of messages for the command line that {@code spec} belongs to, in its language. */
    public static Texts texts(CommandSpec spec) {
        return new Texts(language(spec));
    }

    /** The environment of the command line that {@code spec} belongs to. */
    public static Environment environment(CommandSpec spec) {
        return root(spec).environment();
    }

    private static ExoplanCommand root(CommandSpec spec) {
        return (ExoplanCommand) spec.root().userObject();
    }
}
