package dev.exoplan.cli;

import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.sheet.Language;
import dev.exoplan.io.SheetException;
import dev.exoplan.io.SheetFinding;
import dev.exoplan.io.Terminal;
import dev.exoplan.io.Texts;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into short lines on stderr and an exit code: problems in a price sheet as
 * {@code file:line:column: error CODE /pointer: message — fix}, usage errors as one line with a
 * pointer to {@code --help}, and bugs as one line (the stack trace only with {@code --stacktrace}).
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** At most this many findings of a broken sheet are printed; the rest are counted. */
    static final int MAX_FINDINGS_SHOWN = 20;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        int code = exitCode(e);
        if (e instanceof SheetException sheet) {
            printFindings(sheet.findings(), err, Cli.language(commandLine.getCommandSpec()));
        } else if (e instanceof InvalidRequestException request) {
            err.println(Terminal.safe(name + ": " + request.message(Cli.language(commandLine.getCommandSpec()))));
        } else if (e instanceof UserException) {
            err.println(Terminal.safe(name + ": " + e.getMessage()));
        } else {
            err.println(name + ": internal error: " + Terminal.safe(String.valueOf(e)) + " — this is a bug in exoplan; please report it with "
                    + "the command you ran" + (stacktrace(parseResult) ? "" : " (add --stacktrace for details)"));
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
        // picocli's own parse messages (unknown option, missing value …) stay in English; the rest is ours.
        Texts texts = Cli.texts(commandLine.getCommandSpec());
        err.println(Terminal.safe(name + ": " + e.getMessage()));
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println(texts.get("error.usage.didYouMean", String.join(texts.get("error.usage.or"), suggestions)));
            }
        }
        err.println(texts.get("error.usage.help", name));
        err.flush();
        return ExitCodes.USAGE;
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

    static void printFindings(List<SheetFinding> findings, PrintWriter err, Language language) {
        List<SheetFinding> errorsFirst = findings.stream()
                .sorted((a, b) -> Boolean.compare(!a.finding().isError(), !b.finding().isError()))
                .toList();
        int shown = Math.min(MAX_FINDINGS_SHOWN, errorsFirst.size());
        for (int i = 0; i < shown; i++) {
            err.println(Terminal.safe(errorsFirst.get(i).oneLine(language)));
        }
        if (errorsFirst.size() > shown) {
            err.println(new Texts(language).get("error.findings.more", errorsFirst.size() - shown));
        }
    }

    private static boolean stacktrace(ParseResult parseResult) {
        return parseResult != null && parseResult.originalArgs().contains("--stacktrace");
    }
}
