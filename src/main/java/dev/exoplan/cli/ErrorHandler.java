package dev.exoplan.cli;

import dev.exoplan.cli.option.Converters;
import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.text.ClosestMatch;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.sheet.SheetException;
import dev.exoplan.io.sheet.SheetFinding;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Turns every failure into short lines on stderr and an exit code: problems in a price sheet as
 * {@code file:line:column: error CODE /pointer: message — fix}, usage errors as one line with its
 * fix, and bugs as one line (the stack trace only with {@code --stacktrace}).
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** At most this many findings of a broken sheet are printed; the rest are counted. */
    static final int MAX_FINDINGS_SHOWN = 20;

    /** Made by {@link Cli} alone; {@link #printFindings} is what other packages use. */
    ErrorHandler() {
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        int code = exitCode(e);
        if (e instanceof SheetException sheet) {
            printFindings(sheet.findings(), err, Cli.language(commandLine.getCommandSpec()));
        } else if (e instanceof InvalidRequestException request) {
            err.println(SafeText.forPeople(name + ": " + request.message(Cli.language(commandLine.getCommandSpec()))));
        } else if (e instanceof UserException) {
            err.println(SafeText.forPeople(name + ": " + e.getMessage()));
        } else {
            // The exception itself (its class and message) is printed as Java gives it, in English.
            internalError(err, name, Cli.texts(commandLine.getCommandSpec()), e, stacktrace(parseResult));
        }
        err.flush();
        return code;
    }

    /**
     * The internal-error line for {@code e}, a bug wherever it surfaced (a command's exception, an Error out
     * of picocli, a thread's death: {@link OutOfMemory#failed}), and its stack trace when {@code trace}.
     */
    static void internalError(PrintWriter err, String name, Texts texts, Throwable e, boolean trace) {
        err.println(name + ": " + texts.get("error.internal", SafeText.forPeople(String.valueOf(e)),
                trace ? "" : texts.get("error.internal.stacktrace")));
        if (trace) {
            e.printStackTrace(err);
        }
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        Texts texts = new Texts(Cli.language(commandLine.getCommandSpec()));
        err.println(SafeText.forPeople(name + ": " + message(e, args, texts)));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** A value to show in a fix ("such as --goal skin") for options whose choices picocli does not know. */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("--goal", "skin"), Map.entry("--method", "iv"), Map.entry("--clinic", "sample-a"),
            Map.entry("--variant", "2cc"), Map.entry("--start", "2027-01-04"),
            Map.entry("--contract-date", "2027-01-04"), Map.entry("--budget", "500000"),
            Map.entry("--pricing", "pricing.json"), Map.entry("--output", "quotes.csv"),
            Map.entry("--ics", "plan.ics"), Map.entry("--requests", "requests.csv"),
            Map.entry("--display-currency", "USD"), Map.entry("--rate", "0.0066"),
            Map.entry("--pay-in", "24"), Map.entry("--financing", "example-loan"), Map.entry("--apr", "15"),
            Map.entry("FILE", "pricing.json"));

    /**
     * exoplan's one line for every refusal picocli makes while parsing, in the command line's language
     * and with its fix: picocli's own messages are English, name argument indexes and give no fix, so
     * none of them is shown as it is. What each exception tells through picocli's public accessors is
     * worded from the bundles: a value one of exoplan's converters refused (their words are already in
     * the language), a value not among an option's choices, not a whole number or given to a switch, an
     * unknown option, command or argument, a missing option or value, an option given twice.
     */
    static String message(ParameterException e, String[] args, Texts texts) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String command = spec.qualifiedName();
        if (e instanceof OverwrittenOptionException overwritten
                && overwritten.getOverwritten() instanceof OptionSpec option) {
            return texts.get(option.arity().max() == 0 ? "error.parse.once.switch" : "error.parse.once",
                    option.longestName());
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(unmatched, texts);
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec first = missing.getMissing().get(0);
            if (first instanceof OptionSpec option) {
                boolean given = Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names())
                        .anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
                return texts.get(given ? "error.parse.missingValue" : "error.parse.required", option.longestName(),
                        example(option));
            }
            return texts.get("error.parse.positional", first.paramLabel(), command + " " + example(first));
        }
        if (e.getArgSpec() != null && (e.getCause() instanceof TypeConversionException
                || e.getArgSpec().type() == boolean.class || e.getArgSpec().type() == Boolean.class)) {
            return refused(e, e.getArgSpec(), command, texts);
        }
        if (e.getClass() == ParameterException.class && e.getArgSpec() == null && e.getValue() != null
                && e.getCommandLine().getParseResult() != null
                && e.getCommandLine().getParseResult().subcommand() != null
                && e.getCommandLine().getParseResult().subcommand().commandSpec().helpCommand()) {
            // picocli's help command names a command it does not know ("help plann").
            return unknownCommand(e.getValue(), spec, texts);
        }
        if (e.getClass() == ParameterException.class && e.getArgSpec() == null && e.getValue() == null
                && e.getCause() == null) {
            return e.getMessage(); // exoplan's own, already worded (a command is required)
        }
        return texts.get("error.parse.other", e.getMessage(), command);
    }

    /** A value an option or parameter refused: a converter's own words, a choice, a whole number, a switch. */
    private static String refused(ParameterException e, ArgSpec arg, String command, Texts texts) {
        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        String value = e.getValue() == null ? "" : e.getValue();
        if (e.getCause() instanceof TypeConversionException refused
                && Arrays.stream(arg.converters()).anyMatch(Converters::wordsItsRefusals)) {
            return texts.get("error.parse.invalidValue", name, refused.getMessage());
        }
        List<String> choices = choices(arg);
        if (!choices.isEmpty()) {
            String prefix = arg instanceof OptionSpec ? name + " " : command + " ";
            Optional<String> meant = ClosestMatch.among(value, choices);
            return meant.isPresent()
                    ? texts.get("error.parse.choice.didYouMean", name, value, String.join(", ", choices),
                            prefix + meant.get())
                    : texts.get("error.parse.choice", name, value, String.join(", ", choices),
                            prefix + example(arg));
        }
        if (arg.type() == int.class || arg.type() == Integer.class) {
            // --months is the one a patient types most: its words say what the number counts.
            return name.equals("--months") ? texts.get("error.parse.int.months", value, example(arg))
                    : texts.get("error.parse.int", name, value, name + " " + example(arg));
        }
        if (arg.type() == boolean.class || arg.type() == Boolean.class) {
            return texts.get("error.parse.flag", name, value);
        }
        return texts.get("error.parse.value", name, value, command);
    }

    /** An unknown option (with the closest), an unknown command at the top, or an argument a command does not take. */
    private static String unmatched(UnmatchedArgumentException unmatched, Texts texts) {
        String given = unmatched.getUnmatched().get(0);
        CommandSpec spec = unmatched.getCommandLine().getCommandSpec();
        int equals = given.indexOf('=');
        String option = equals > 0 ? given.substring(0, equals) : given;
        // One of the command's own option names, unmatched, came after a --, where it is an argument.
        boolean afterDoubleDash = spec.optionsMap().containsKey(option);
        if (given.startsWith("-") && !given.equals("-") && !afterDoubleDash) {
            return closest(unmatched)
                    .map(meant -> texts.get("error.parse.unknownOption.didYouMean", option, meant))
                    .orElseGet(() -> texts.get("error.parse.unknownOption", option, spec.qualifiedName()));
        }
        if (spec.parent() == null) {
            return unknownCommand(given, spec, texts);
        }
        return texts.get("error.parse.unexpected", given, spec.qualifiedName());
    }

    private static String unknownCommand(String given, CommandSpec root, Texts texts) {
        return ClosestMatch.among(given, root.subcommands().keySet())
                .map(meant -> texts.get("error.parse.unknownCommand.didYouMean", given, meant))
                .orElseGet(() -> texts.get("error.parse.unknownCommand", given,
                        String.join(", ", Arguments.COMMANDS)));
    }

    /** The values an option or parameter takes, where picocli knows them (an enum, completion candidates). */
    private static List<String> choices(ArgSpec arg) {
        List<String> choices = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(choices::add);
        }
        return choices;
    }

    /** A value to show for {@code arg} in a fix: a choice other than the default, else a typical value. */
    private static String example(ArgSpec arg) {
        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        List<String> choices = choices(arg);
        if (!choices.isEmpty()) {
            return choices.stream().filter(c -> !c.equalsIgnoreCase(String.valueOf(arg.defaultValue())))
                    .findFirst().orElse(choices.get(0));
        }
        if (EXAMPLES.containsKey(name)) {
            return EXAMPLES.get(name);
        }
        return arg.defaultValue() != null ? arg.defaultValue() : arg.paramLabel();
    }

    /**
     * The one option or subcommand an unknown argument most likely meant, by the project's own
     * {@link ClosestMatch} (picocli's suggestions can be several, and miss a swap such as --gaol):
     * among the command's option names when it looks like an option, else among its subcommands.
     */
    static Optional<String> closest(UnmatchedArgumentException unmatched) {
        List<String> arguments = unmatched.getUnmatched();
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        String given = arguments.get(0);
        CommandSpec spec = unmatched.getCommandLine().getCommandSpec();
        if (given.startsWith("-")) {
            int equals = given.indexOf('=');
            String name = equals > 0 ? given.substring(0, equals) : given;
            List<String> names = new ArrayList<>();
            spec.options().forEach(option -> names.addAll(Arrays.asList(option.names())));
            return ClosestMatch.among(name, names);
        }
        return ClosestMatch.among(given, spec.subcommands().keySet());
    }

    static int exitCode(Throwable e) {
        if (e instanceof SheetException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof UserException user) {
            return user.exitCode();
        }
        if (e instanceof InvalidRequestException || e instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL;
    }

    public static void printFindings(List<SheetFinding> findings, PrintWriter err, Language language) {
        List<SheetFinding> errorsFirst = findings.stream()
                .sorted((a, b) -> Boolean.compare(!a.finding().isError(), !b.finding().isError()))
                .toList();
        int shown = Math.min(MAX_FINDINGS_SHOWN, errorsFirst.size());
        for (int i = 0; i < shown; i++) {
            err.println(SafeText.forPeople(errorsFirst.get(i).oneLine(language)));
        }
        if (errorsFirst.size() > shown) {
            err.println(new Texts(language).get("error.findings.more", errorsFirst.size() - shown));
        }
    }

    private static boolean stacktrace(ParseResult parseResult) {
        return parseResult != null && parseResult.originalArgs().contains("--stacktrace");
    }
}
