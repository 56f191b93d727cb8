package dev.exoplan.cli;

import dev.exoplan.io.LoadedSheet;
import dev.exoplan.io.PriceSheets;
import dev.exoplan.io.SheetException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --pricing FILE}: which price sheet a command reads. */
public final class PricingOption {

    /** The environment variable that names a price sheet when {@code --pricing} is not given. */
    public static final String VARIABLE = "EXOPLAN_PRICING";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--pricing", paramLabel = "FILE")
    private String pricing;

    /**
     * Reads the chosen sheet — {@code --pricing}, else {@code $EXOPLAN_PRICING}, else the built-in one —
     * and shows its warnings on stderr: a sheet with a misspelt field still plans, but not silently.
     */
    public LoadedSheet load() throws SheetException {
        LoadedSheet loaded = read();
        ErrorHandler.printFindings(loaded.warnings(), mixee.commandLine().getErr(), Cli.language(mixee));
        return loaded;
    }

    private LoadedSheet read() throws SheetException {
        Environment environment = Cli.environment(mixee);
        Optional<String> chosen = Optional.ofNullable(pricing).or(() -> environment.variable(VARIABLE));
        if (chosen.isEmpty()) {
            return PriceSheets.embedded();
        }
        String name = chosen.get();
        if (name.equals("-")) {
            return PriceSheets.read(environment.stdin(), "<stdin>");
        }
        return PriceSheets.read(Path.of(name), name);
    }
}
