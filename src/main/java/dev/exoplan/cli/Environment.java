package dev.exoplan.cli;

import dev.exoplan.io.file.StandardInput;
import dev.exoplan.io.text.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a command may read from the world besides its arguments: the clock (for "today"), the
 * environment variables, standard input, the user's locale, and whether standard output and standard
 * error are terminals (a person reading) rather than pipes or files. Tests pass their own.
 */
public record Environment(Clock clock, Map<String, String> variables, InputStream stdin, Locale locale,
        boolean terminal, boolean errorTerminal) {

    public Environment {
        Objects.requireNonNull(clock, "clock");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(locale, "locale");
    }

    public static Environment system() {
        Map<String, String> variables = System.getenv();
        return new Environment(new SystemClock(), variables, System.in,
                locale(variables, Locale.getDefault()), System.console() != null, stderrIsATerminal(variables));
    }

    /**
     * Whether standard error is a terminal, which Java cannot ask directly. On Linux its file descriptor
     * links to a terminal device; where there is no /proc (macOS, the BSDs), {@code test -t 2} is asked,
     * with this process's standard error as its own. In CI, with TERM=dumb, or where neither answers,
     * it counts as not one.
     */
    static boolean stderrIsATerminal(Map<String, String> variables) {
        if (variables.containsKey("CI") || "dumb".equals(variables.get("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (NoSuchFileException e) {
            return isATerminal(2);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Whether file descriptor {@code fd} (1 or 2) of this process is a terminal, by POSIX {@code test -t}. */
    static boolean isATerminal(int fd) {
        try {
            ProcessBuilder test = new ProcessBuilder("test", "-t", String.valueOf(fd))
                    .redirectInput(ProcessBuilder.Redirect.INHERIT);
            if (fd == 2) {
                test.redirectError(ProcessBuilder.Redirect.INHERIT);
            } else {
                test.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            }
            Process process = test.start();
            return process.waitFor(2, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | SecurityException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The user's language as POSIX sets it: the first non-empty of {@code LC_ALL}, {@code LC_MESSAGES}
     * and {@code LANG} ({@code ja_JP.UTF-8} → Japanese). The JVM's own default falls back to English
     * whenever that locale is not installed on the machine, which would ignore a Japanese user's setting.
     */
    static Locale locale(Map<String, String> variables, Locale fallback) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = variables.get(name);
            if (value != null && !value.isEmpty()) {
                String tag = value.split("[.@]", 2)[0].replace('_', '-');
                if (tag.equals("C") || tag.equals("POSIX")) {
                    return fallback;
                }
                Locale locale = Locale.forLanguageTag(tag);
                return locale.getLanguage().isEmpty() ? fallback : locale;
            }
        }
        return fallback;
    }

    /**
     * The system clock in the default time zone, which it looks up only when first asked: most runs
     * are given their start date and never need "today", and reading the zone data is a noticeable
     * part of a short run's start-up.
     */
    private static final class SystemClock extends Clock {
        private ZoneId zone;

        @Override
        public ZoneId getZone() {
            if (zone == null) {
                zone = ZoneId.systemDefault();
            }
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.system(other);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Whether standard input is closed ({@link StandardInput#CLOSED}, or the process's own descriptor 0
     * when it was started without one): nothing may be read from it, not even to find out.
     */
    public boolean stdinClosed() {
        return stdin == StandardInput.CLOSED || stdin == System.in && StandardInput.closedAtStart();
    }

    /**
     * The width text for people is laid out to, in terminal columns: {@code COLUMNS} where it is set to
     * a whole number, else the terminal's own width when standard output is a terminal, else 80; always
     * within {@link Layout#MIN_WIDTH} and {@link Layout#MAX_WIDTH} (a narrower terminal gets 40 columns).
     */
    public int columns() {
        Optional<String> columns = variable("COLUMNS");
        if (columns.isPresent()) {
            try {
                return Layout.width(Integer.parseInt(columns.get().strip()));
            } catch (NumberFormatException e) {
                // not a width: as if unset
            }
        }
        if (terminal) {
            int width = terminalWidth();
            if (width > 0) {
                return Layout.width(width);
            }
        }
        return Layout.DEFAULT_WIDTH;
    }

    /**
     * The width of the terminal on standard output, as {@code stty size} reads it from the controlling
     * terminal, or 0 where it cannot say (no stty, no terminal, a dumb one).
     */
    static int terminalWidth() {
        int known = terminalWidth;
        if (known < 0) {
            known = askTerminalWidth();
            terminalWidth = known;
        }
        return known;
    }

    /** The terminal's width once asked (a run has one terminal), or -1. */
    private static volatile int terminalWidth = -1;

    private static int askTerminalWidth() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size;
            try (InputStream in = stty.getInputStream()) {
                size = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.US_ASCII).strip();
            }
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                return 0;
            }
            String[] rowsColumns = size.split("\\s+");
            return rowsColumns.length == 2 ? Integer.parseInt(rowsColumns[1]) : 0;
        } catch (IOException | SecurityException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** A variable's value; an empty one counts as unset. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }
}
