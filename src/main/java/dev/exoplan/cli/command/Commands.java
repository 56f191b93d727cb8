package dev.exoplan.cli.command;

import dev.exoplan.io.list.SheetListing;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The one door into this package: every subcommand by name, for {@code Cli} to wire. The command
 * classes stay package-private; picocli reads and runs them by reflection, as it would in any package.
 */
public final class Commands {

    private Commands() {
    }

    /** The subcommands, in the order help lists them, each built only when needed. */
    public static Map<String, Supplier<Object>> all() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("plan", PlanCommand::new);
        commands.put("list", ListCommand::new);
        commands.put("goals", () -> new ListCommand(EnumSet.of(SheetListing.Section.GOALS)));
        commands.put("methods", () -> new ListCommand(EnumSet.of(SheetListing.Section.METHODS)));
        commands.put("compare", CompareCommand::new);
        commands.put("quote", QuoteCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("schema", SchemaCommand::new);
        commands.put("completion", CompletionCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }
}
