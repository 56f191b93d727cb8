package dev.exoplan.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** Runs the real command line in-process, as {@code Main} does, with a fixed clock and locale. */
final class Run {

    /** "Today" in tests: 2027-01-04, a Monday. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2027-01-04T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

    record Result(int code, String out, String err) {
    }

    static Result exoplan(String... args) {
        return exoplan(Map.of(), "", Locale.US, args);
    }

    static Result exoplan(Map<String, String> variables, String stdin, Locale locale, String... args) {
        return exoplan(variables, stdin, locale, false, args);
    }

    /** As a user runs it, with {@code terminal} telling whether stdout is a terminal. */
    static Result exoplan(Map<String, String> variables, String stdin, Locale locale, boolean terminal,
            String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(TODAY, variables,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), locale, terminal, false);
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), environment, args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Run() {
    }
}
