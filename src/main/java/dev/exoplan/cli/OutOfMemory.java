package dev.exoplan.cli;

import dev.exoplan.cli.option.PricingOption;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.file.OutputFile;
import dev.exoplan.io.text.Texts;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An {@link OutOfMemoryError}, wherever it surfaces — out of picocli's {@code execute} (which hands
 * its handler Exceptions only) or on another thread such as the start-up one, as itself or as the
 * cause of another error (a {@code ServiceConfigurationError} of a provider that could not be made) —
 * as one line on stderr that names the command's input and the fix, and exit status 1, never a stack
 * trace. Any other Error that escapes the command, or any throwable that ends another thread, is a
 * bug: the internal-error line and exit 70, as {@link ErrorHandler} says it for an exception. Only
 * {@code Main} sets it up: an in-process run's heap is the test JVM's.
 */
public final class OutOfMemory {

    /** The last resort, in case even the words cannot be looked up any more. */
    private static final String FALLBACK = ": out of memory: the Java heap is full; give Java more memory, "
            + "such as EXOPLAN_JAVA_OPTS=-Xmx1g bin/exoplan …, or java -Xmx1g -jar exoplan.jar …";

    /** Freed when memory runs out, so that the line can be made and printed. */
    private volatile byte[] reserve = new byte[64 * 1024];
    /** The command's name and {@link #FALLBACK}, made while there is memory. */
    private final String fallbackLine;
    /** {@link #fallbackLine} as bytes, for when even printing a line fails. */
    private final byte[] fallback;
    /** Standard error without an encoder or a buffer, for {@link #fallback}. */
    private final FileOutputStream rawErr = new FileOutputStream(FileDescriptor.err);
    /** Whether the line was printed; under this object's monitor (an AtomicBoolean's first compare-and-set
     * links a VarHandle, which needs the memory that is gone). */
    private boolean reported;
    private final Arguments args;
    private final Environment environment;
    private final PrintWriter err;

    private OutOfMemory(String[] args, Environment environment, PrintWriter err) {
        this.args = new Arguments(args);
        this.environment = environment;
        this.err = err;
        this.fallbackLine = name(command()) + FALLBACK;
        this.fallback = (fallbackLine + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Sets up the reporting for a run of {@code args}: on this thread through {@link #report()}, which
     * {@code Main} calls where the error surfaces, and on every other thread as its uncaught-exception
     * handler, which reports and ends the program with status 1.
     */
    public static OutOfMemory prepare(String[] args, Environment environment, PrintWriter err) {
        OutOfMemory memory = new OutOfMemory(args, environment, err);
        try {
            // Runtime.halt's own class, loaded now: loading a class takes heap, which is gone when it is needed.
            Class.forName("java.lang.Shutdown");
        } catch (ClassNotFoundException | LinkageError e) {
            // another JDK: halt loads what it needs then, if it can
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            int code = ExitCodes.INTERNAL;
            try {
                code = memory.failed(e);
            } finally {
                try {
                    OutputFile.discardPending(); // halt runs no shutdown hook: no temporary file is left behind
                } catch (Throwable ignored) {
                    // out of memory even for that: the file's name starts with a dot and says what it is
                }
                Runtime.getRuntime().halt(code); // whatever the main thread is doing, the run is over
            }
        });
        return memory;
    }

    /**
     * Reports what escaped the command or ended a thread and returns the exit status: out of memory,
     * as {@code e} or among its causes, as {@link #report()} (1); anything else as the internal-error
     * line (70), with the stack trace only when the arguments ask for it with {@code --stacktrace}.
     */
    public int failed(Throwable e) {
        if (ofMemory(e)) {
            return report();
        }
        try {
            ErrorHandler.internalError(err, name(command()), new Texts(args.language(environment)), e,
                    args.stacktrace());
            err.flush();
        } catch (OutOfMemoryError | RuntimeException again) {
            return report();
        }
        return ExitCodes.INTERNAL;
    }

    /** Whether {@code e} or one of its causes is an {@link OutOfMemoryError}. */
    static boolean ofMemory(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Prints the line (once, whichever thread comes first) and returns the exit status. */
    public int report() {
        reserve = null;
        if (firstReport()) {
            String line;
            try {
                line = line();
            } catch (OutOfMemoryError | RuntimeException e) {
                line = fallbackLine;
            }
            try {
                err.println(line);
                err.flush();
            } catch (Throwable e) { // the writer's encoder and buffer need memory too: the line made earlier, raw
                try {
                    rawErr.write(fallback);
                } catch (IOException | RuntimeException | Error ignored) {
                    // standard error is gone: the exit status still says it
                }
            }
        }
        return ExitCodes.BAD_INPUT;
    }

    private synchronized boolean firstReport() {
        boolean first = !reported;
        reported = true;
        return first;
    }

    /** {@code exoplan quote: out of memory with --requests big.csv: the Java heap (16 MB) is full — fix}. */
    String line() {
        Language language = args.language(environment);
        Texts texts = new Texts(language);
        String command = command();
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String fix = texts.get(command.equals("quote") && heldFormat() ? "error.outOfMemory.fixFormat"
                : "error.outOfMemory.fix");
        List<String> inputs = inputs(command);
        return name(command) + ": " + (inputs.isEmpty()
                ? texts.get("error.outOfMemory", String.valueOf(megabytes), fix)
                : texts.get("error.outOfMemory.input", String.join(", ", inputs), String.valueOf(megabytes), fix));
    }

    private static String name(String command) {
        return command.isEmpty() ? "exoplan" : "exoplan " + command;
    }

    /** The subcommand named in the arguments, or "" for none. */
    private String command() {
        return args.command().orElse("");
    }

    /** Whether quote was asked for a format that holds every row to align them. */
    private boolean heldFormat() {
        return args.value("--format").filter(f -> f.equalsIgnoreCase("markdown") || f.equalsIgnoreCase("text"))
                .isPresent();
    }

    /** The inputs the command reads, as typed: {@code --requests FILE}, {@code --pricing FILE}, validate's files. */
    private List<String> inputs(String command) {
        List<String> inputs = new ArrayList<>();
        for (String option : new String[] {"--requests", "--pricing"}) {
            args.value(option).ifPresent(value -> inputs.add(option + " " + value));
        }
        if (args.value("--pricing").isEmpty()) {
            environment.variable(PricingOption.VARIABLE).ifPresent(v -> inputs.add(PricingOption.VARIABLE + "=" + v));
        }
        if (command.equals("validate")) {
            // validate's options that take a value; its other arguments are its files
            inputs.addAll(args.positionals(Set.of("--format", "--max-findings", "--check", "--lang")));
        }
        return inputs;
    }
}
