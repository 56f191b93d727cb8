package dev.exoplan.cli;

import dev.exoplan.cli.option.PricingOption;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.Texts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An {@link OutOfMemoryError}, wherever it surfaces — out of picocli's {@code execute} (which hands
 * its handler Exceptions only) or on another thread such as the start-up one — as one line on
 * stderr that names the command's input and the fix, and exit status 1, never a stack trace. Only
 * {@code Main} sets it up: an in-process run's heap is the test JVM's.
 */
public final class OutOfMemory {

    /** The last resort, in case even the words cannot be looked up any more. */
    private static final String FALLBACK = "exoplan: out of memory: the Java heap is full; give Java more memory, "
            + "such as EXOPLAN_JAVA_OPTS=-Xmx1g bin/exoplan …, or java -Xmx1g -jar exoplan.jar …";

    /** Freed when memory runs out, so that the line can be made and printed. */
    private volatile byte[] reserve = new byte[64 * 1024];
    private final AtomicBoolean reported = new AtomicBoolean();
    private final Arguments args;
    private final Environment environment;
    private final PrintWriter err;

    private OutOfMemory(String[] args, Environment environment, PrintWriter err) {
        this.args = new Arguments(args);
        this.environment = environment;
        this.err = err;
    }

    /**
     * Sets up the reporting for a run of {@code args}: on this thread through {@link #report()}, which
     * {@code Main} calls where the error surfaces, and on every other thread as its uncaught-exception
     * handler, which reports and ends the program with status 1.
     */
    public static OutOfMemory prepare(String[] args, Environment environment, PrintWriter err) {
        OutOfMemory memory = new OutOfMemory(args, environment, err);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                int code = ExitCodes.BAD_INPUT;
                try {
                    code = memory.report();
                } finally {
                    Runtime.getRuntime().halt(code); // whatever the main thread is doing, the run is over
                }
            }
            // What the JVM prints for an uncaught exception without a handler.
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
        });
        return memory;
    }

    /** Prints the line (once, whichever thread comes first) and returns the exit status. */
    public int report() {
        reserve = null;
        if (reported.compareAndSet(false, true)) {
            String line;
            try {
                line = line();
            } catch (OutOfMemoryError | RuntimeException e) {
                line = FALLBACK;
            }
            err.println(line);
            err.flush();
        }
        return ExitCodes.BAD_INPUT;
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
        String name = command.isEmpty() ? "exoplan" : "exoplan " + command;
        return name + ": " + (inputs.isEmpty()
                ? texts.get("error.outOfMemory", String.valueOf(megabytes), fix)
                : texts.get("error.outOfMemory.input", String.join(", ", inputs), String.valueOf(megabytes), fix));
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
