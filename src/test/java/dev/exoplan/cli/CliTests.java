package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line is built with only the subcommand asked for, and with all of them otherwise. */
class CliTests {

    private static List<String> subcommands(String... args) {
        Environment environment = new Environment(Run.TODAY, Map.of(), System.in, Locale.US, false, false);
        return List.copyOf(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                environment, args).getSubcommands().keySet());
    }

    @Test
    void aNamedCommand_isTheOnlyOneBuilt() {
        assertEquals(List.of("plan"), subcommands("plan", "--goal", "skin"));
        assertEquals(List.of("validate"), subcommands("--stacktrace", "validate", "x.json"));
    }

    @Test
    void helpATypoOrCompletion_buildEveryCommand() {
        List<String> all = List.of("plan", "list", "goals", "methods", "compare", "quote", "validate", "schema", "completion",
                "help");
        assertEquals(all, subcommands());
        assertEquals(all, subcommands("--help"));
        assertEquals(all, subcommands("pln"));
        assertEquals(all, subcommands("completion", "bash"));
        assertEquals(all, subcommands("help", "plan"));
    }
}
