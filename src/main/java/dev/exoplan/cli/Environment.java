package dev.exoplan.cli;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command may read from the world besides its arguments: the clock (for "today"), the
 * environment variables, standard input and the user's locale. Tests pass their own.
 */
public record Environment(Clock clock, Map<String, String> variables, InputStream stdin, Locale locale) {

    public Environment {
        Objects.requireNonNull(clock, "clock");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(locale, "locale");
    }

    public static Environment system() {
        return new Environment(Clock.systemDefaultZone(), System.getenv(), System.in, Locale.getDefault());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A variable's value; an empty one counts as unset. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }
}
