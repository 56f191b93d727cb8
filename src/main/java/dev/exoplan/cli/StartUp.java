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
 * (reflection over its annotations, about 40 ms) a second thread does the first-use work the command
 * will need next: the bundle, Moneta's providers and the built-in price sheet when the command will read
 * it (the longest part, about 70 ms). For the commands that write for people, the main thread then warms
 * the formats that need no Moneta (dates, messages, line breaks: {@link WarmUp#words}) instead of
 * waiting idle, and the second thread, once it has the sheet, Moneta's amount for people
 * ({@link WarmUp#money}); so Moneta is only ever first used by one thread. The command waits for the
 * second thread before it starts ({@link #await}), and its output is the same as without it. Whatever
 * ends that thread early (out of memory while a provider is loaded, say) is kept and thrown on the
 * command's thread when it waits, where it is reported as one line: never a stack trace from the
 * start-up thread. Only {@code Main} begins it: tests run commands without it.
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
    /** The language whose formats the main thread warms while it waits, if the command writes for people. */
    private static Language words;
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
        words = forPeople ? language : null;
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
            WarmUp.money(language);
        }
    }

    /**
     * Warms the formats for people on this (the main) thread, then waits for the work begun, if any, and
     * throws what ended it early: an Error as it is (out of memory, itself or as a cause, is {@code Main}'s
     * to report), any other throwable as the bug it is.
     */
    static void await() {
        Thread started;
        Language warm;
        synchronized (StartUp.class) {
            started = thread;
            warm = words;
            words = null;
        }
        if (started == null) {
            return;
        }
        if (warm != null) {
            WarmUp.words(warm);
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
