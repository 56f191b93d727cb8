package dev.exoplan.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the real command line in-process, as {@code Main} does, with a fixed clock and locale. Public for
 * the fuzz tests in {@code dev.exoplan.fuzz}, which drive the same command line.
 */
public final class Run {

    /** "Today" in tests: 2027-01-04, a Monday. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2027-01-04T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

    public record Result(int code, String out, String err) {
    }

    public static Result exoplan(String... args) {
        return exoplan(Map.of(), "", Locale.US, args);
    }

    static Result exoplan(Map<String, String> variables, String stdin, Locale locale, String... args) {
        return exoplan(variables, stdin, locale, false, args);
    }

    /** As a user runs it, with {@code terminal} telling whether stdout is a terminal. */
    static Result exoplan(Map<String, String> variables, String stdin, Locale locale, boolean terminal,
            String... args) {
        return exoplan(variables, stdin.getBytes(StandardCharsets.UTF_8), locale, terminal, args);
    }

    /** With standard input as a stream, which may never end. */
    static Result exoplan(Map<String, String> variables, InputStream stdin, Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(TODAY, variables, stdin, locale, false, false);
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), environment, args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** With standard input as raw bytes, which need not be UTF-8. */
    public static Result exoplan(Map<String, String> variables, byte[] stdin, Locale locale, boolean terminal,
            String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(TODAY, variables, new ByteArrayInputStream(stdin), locale,
                terminal, false);
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), environment, args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Run() {
    }
}
