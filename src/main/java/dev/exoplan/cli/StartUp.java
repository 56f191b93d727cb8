package dev.exoplan.cli;

import dev.exoplan.cli.option.PricingOption;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.sheet.PriceSheets;
import dev.exoplan.io.sheet.SheetException;
import dev.exoplan.io.text.Texts;
import dev.exoplan.io.text.WarmUp;
import java.math.BigDecimal;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.money.Monetary;

/**
 * A short run's start-up on two cores. While the main thread builds picocli's model of the command
 * (reflection over its annotations: the longer of the two, about 100 ms of a plan's 190) a second
 * thread does the first-use work the command will need next: Moneta's providers, the built-in price
 * sheet when the command will read it, then the formats for people (the catalogue, dates and the locale
 * data behind them). The command waits for that thread before it starts ({@link #await}), so nothing is
 * ever initialised by two threads at once, and its output is the same as without it. Whatever ends that
 * thread early (out of memory while a provider is loaded, say) is kept and thrown on the command's thread
 * when it waits ({@link #await}), where it is reported as one line: never a stack trace from the start-up
 * thread. Only {@code Main} begins it:
 * tests run commands without it.
 */
final class StartUp {

    /** The commands that read a price sheet (the built-in one unless told otherwise). */
    private static final Set<String> READ_A_SHEET = Set.of("plan", "list", "goals", "methods", "compare", "quote");

    /**
     * Moneta logs an INFO line through java.util.logging the first time it is used; exoplan's stderr
     * is for exoplan's diagnostics only. Held so that the level set on it stays (java.util.logging
     * keeps loggers weakly); set on first need, since setting up java.util.logging takes time.
     */
    private static Logger monetaLog;

    private static Thread thread;
    /** What ended the start-up thread early, if anything; read after joining it. */
    private static volatile Throwable failure;
    /** Tests only: run on the start-up thread before its work (a child JVM's test program sets it). */
    static volatile Runnable preparing;

    private StartUp() {
    }

    /** Begins the work for a run of {@code args}; does nothing for help, version or an unknown command. */
    static synchronized void begin(String[] args, Environment environment) {
        Arguments scanned = new Arguments(args);
        String command = scanned.command().orElse("");
        if (thread != null || !READ_A_SHEET.contains(command) && !command.equals("validate") || scanned.help()) {
            return;
        }
        Language language = scanned.language(environment);
        boolean builtIn = READ_A_SHEET.contains(command) && environment.variable(PricingOption.VARIABLE).isEmpty()
                && scanned.value("--pricing").isEmpty();
        // quote and validate write for programs first (CSV, SARIF, JSON): their tables for people format little.
        boolean forPeople = !command.equals("quote") && !command.equals("validate");
        thread = new Thread(() -> {
            try {
                Runnable hook = preparing;
                if (hook != null) {
                    hook.run();
                }
                prepare(language, builtIn, forPeople);
            } catch (Throwable t) { // anything, out of memory too: the command's thread reports it
                failure = t;
            }
        }, "exoplan-start-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Keeps Moneta's INFO lines off stderr; before Moneta's first use. */
    static synchronized void quietMoneta() {
        if (monetaLog == null) {
            monetaLog = Logger.getLogger("org.javamoney.moneta");
            monetaLog.setLevel(Level.WARNING);
        }
    }

    private static void prepare(Language language, boolean builtIn, boolean forPeople) {
        Texts.bundle(language); // before the main thread's picocli asks for it, once its model is built
        quietMoneta();
        if (builtIn) {
            try {
                PriceSheets.embedded();
            } catch (SheetException e) {
                // The command reads it again and reports this itself.
            }
        } else {
            Amounts.of(BigDecimal.ZERO, Monetary.getCurrency("JPY")); // the command reads its own sheet
        }
        if (forPeople) {
            WarmUp.peopleFormats(language);
        }
    }

    /**
     * Waits for the work begun, if any, and throws what ended it early: an Error as it is (out of memory,
     * itself or as a cause, is {@code Main}'s to report), any other throwable as the bug it is.
     */
    static void await() {
        Thread started;
        synchronized (StartUp.class) {
            started = thread;
        }
        if (started == null) {
            return;
        }
        try {
            started.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Throwable t = failure;
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
