package dev.exoplan.cli;

import dev.exoplan.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What exoplan reads from its arguments before picocli parses them — the one pre-scan, for what must
 * be known before the parse: which subcommand to build, which language help and errors speak, what
 * the start-up thread may prepare, and what an out-of-memory line names. picocli remains the judge of
 * what the arguments mean; a guess here only ever chooses, never refuses. (The launcher
 * {@code bin/exoplan} looks at the command too, for the JVM's own options, before Java starts.)
 */
final class Arguments {

    /** The subcommands' names, as {@link Cli} adds them. */
    static final Set<String> COMMANDS = Cli.COMMANDS.keySet();

    private final String[] args;

    Arguments(String[] args) {
        this.args = args.clone();
    }

    /**
     * The subcommand: the first argument, past any {@code --stacktrace} and {@code --lang CODE} (which
     * the root takes too), when it names one; else none (help, a typo to suggest a fix for).
     */
    Optional<String> command() {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--stacktrace") || args[i].startsWith("--lang=")) {
                continue;
            }
            if (args[i].equals("--lang")) {
                i++;
                continue;
            }
            return COMMANDS.contains(args[i]) ? Optional.of(args[i]) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The language of help and messages: the last {@code --lang ja|en} before a {@code --} (a
     * subcommand's comes after the root's, and wins), else the user's locale. A --lang that is neither
     * is left for the parser to refuse.
     */
    Language language(Environment environment) {
        Optional<Language> chosen = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--")) {
                break;
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                Optional<Language> language = Language.forCode(value);
                if (language.isPresent()) {
                    chosen = language;
                }
            }
        }
        return chosen.orElseGet(() -> Language.of(environment.locale()));
    }

    /** Whether help is asked for. */
    boolean help() {
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code --stacktrace} is among the arguments, as {@link ErrorHandler} looks for it. */
    boolean stacktrace() {
        return List.of(args).contains("--stacktrace");
    }

    /** The value of {@code option} ({@code --option VALUE} or {@code --option=VALUE}) before a {@code --}. */
    Optional<String> value(String option) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals(option) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(option + "=")) {
                return Optional.of(args[i].substring(option.length() + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The arguments after the subcommand that are not options nor their values, given the options
     * that take a value: {@code validate}'s files.
     */
    List<String> positionals(Set<String> optionsWithValues) {
        List<String> found = new ArrayList<>();
        boolean after = false;
        for (int i = 0; i < args.length; i++) {
            if (!after) {
                after = COMMANDS.contains(args[i]);
            } else if (args[i].startsWith("-") && !args[i].equals("-")) {
                if (!args[i].contains("=") && optionsWithValues.contains(args[i])) {
                    i++;
                }
            } else {
                found.add(args[i]);
            }
        }
        return found;
    }
}
