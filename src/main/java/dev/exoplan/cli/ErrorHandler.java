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
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
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
 * {@code file:line:column: error CODE /pointer: message — fix}, usage errors as one line with a
 * pointer to {@code --help}, and bugs as one line (the stack trace only with {@code --stacktrace}).
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
            Texts texts = Cli.texts(commandLine.getCommandSpec());
            err.println(name + ": " + texts.get("error.internal", SafeText.forPeople(String.valueOf(e)),
                    stacktrace(parseResult) ? "" : texts.get("error.internal.stacktrace")));
            if (stacktrace(parseResult)) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        Language language = Cli.language(commandLine.getCommandSpec());
        Texts texts = new Texts(language);
        err.println(SafeText.forPeople(name + ": " + message(e, language, texts)));
        if (e instanceof UnmatchedArgumentException unmatched) {
            closest(unmatched).ifPresent(suggestion -> err.println(texts.get("error.usage.didYouMean", suggestion)));
        }
        err.println(texts.get("error.usage.help", name));
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * picocli's message, which is English; in another language, what picocli's exception tells through
     * its public accessors is said in that language instead — a value one of exoplan's converters refused
     * (their words are already in the language), a value not among an option's choices or not a whole
     * number, an unknown option or argument, a missing option or value, an option given twice. Anything
     * else stays in picocli's English: picocli has no hook to word its own messages.
     */
    static String message(ParameterException e, Language language, Texts texts) {
        if (Language.EN.equals(language)) {
            return e.getMessage();
        }
        if (e.getCause() instanceof TypeConversionException refused && e.getArgSpec() instanceof OptionSpec option) {
            if (Arrays.stream(option.converters())
                    .anyMatch(Converters::wordsItsRefusals)) {
                return texts.get("error.parse.invalidValue", option.longestName(), refused.getMessage());
            }
            if (option.type().isEnum() && option.completionCandidates() != null) {
                List<String> choices = new ArrayList<>();
                option.completionCandidates().forEach(choices::add);
                return texts.get("error.parse.choice", option.longestName(), e.getValue(), String.join(", ", choices));
            }
            if (option.type() == int.class || option.type() == Integer.class) {
                return texts.get("error.parse.int", option.longestName(), e.getValue());
            }
        }
        if (e instanceof OverwrittenOptionException overwritten
                && overwritten.getOverwritten() instanceof OptionSpec option) {
            return texts.get("error.parse.once", option.longestName());
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return texts.get("error.parse.unknown", unmatched.getUnmatched().stream().map(a -> "'" + a + "'")
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return texts.get("error.parse.missing", missing.getMissing().stream()
                    .map(a -> "'" + (a instanceof OptionSpec o ? o.longestName() + "=" : "") + a.paramLabel() + "'")
                    .collect(Collectors.joining(", ")));
        }
        return e.getMessage();
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
