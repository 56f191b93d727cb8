package dev.exoplan.fuzz;

import dev.exoplan.cli.Run;
import java.util.Set;
import java.util.regex.Pattern;

/** The property every fuzzed run of the command line must have, whatever its input. */
final class Outcomes {

    /**
     * The first line of a Java stack trace ({@code java.lang.IllegalStateException: …}) at the start of a
     * line. Not just "Exception:" anywhere: exoplan rightly echoes what it was given, and the fuzzer
     * learns to give it that word (a false finding, kept in RequestsFuzzTestsInputs).
     */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^(Exception in thread|[a-z][\\w$]*(\\.[\\w$]+)+"
            + "(Exception|Error)\\b)");

    /**
     * exoplan's internal-error line (error.internal in either language), at the start of a line after the
     * command's name. Not the words anywhere: exoplan echoes unknown options and columns as given, and
     * the fuzzer learns to give it "internal error" (false findings, kept in the corpus).
     */
    private static final Pattern INTERNAL_ERROR = Pattern.compile("(?m)^exoplan[^:\n]*: (internal error: |内部エラー：)");

    private Outcomes() {
    }

    /**
     * The run ended with one of {@code allowed} exit codes — never 70, an internal error — printed no
     * stack trace, and let no control character but line breaks and tabs reach the terminal.
     */
    static void assertUserFacing(Run.Result result, Set<Integer> allowed, String what) {
        if (!allowed.contains(result.code()) || INTERNAL_ERROR.matcher(result.err()).find()
                || result.err().contains("\tat ") || STACK_TRACE.matcher(result.err()).find()) {
            throw new AssertionError(what + ": exit " + result.code() + "\nstderr: " + result.err());
        }
        terminalSafe(result.out(), what + ": stdout");
        terminalSafe(result.err(), what + ": stderr");
    }

    /** No escape sequence or other control character except {@code \n}, {@code \r} and {@code \t}. */
    static void terminalSafe(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new AssertionError(what + ": control character U+" + Integer.toHexString(c) + " at " + i);
            }
        }
    }
}
