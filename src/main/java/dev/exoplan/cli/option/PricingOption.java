package dev.exoplan.cli.option;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.Environment;
import dev.exoplan.cli.ErrorHandler;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.FileOutput;
import dev.exoplan.cli.UserException;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.file.InputFile;
import dev.exoplan.io.sheet.LoadedSheet;
import dev.exoplan.io.sheet.PriceSheets;
import dev.exoplan.io.sheet.SheetException;
import dev.exoplan.io.sheet.SheetFinding;
import dev.exoplan.io.text.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --pricing FILE}: which price sheet a command reads. */
public final class PricingOption {

    /** The environment variable that names a price sheet when {@code --pricing} is not given. */
    public static final String VARIABLE = "EXOPLAN_PRICING";

    /** The environment variable that raises (or lowers) the size limit of a sheet read whole. */
    public static final String MAX_BYTES_VARIABLE = "EXOPLAN_MAX_SHEET_BYTES";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--pricing", paramLabel = "FILE")
    private String pricing;

    /**
     * Reads the chosen sheet — {@code --pricing}, else {@code $EXOPLAN_PRICING}, else the built-in one —
     * and shows its warnings on stderr: a sheet with a misspelt field still plans, but not silently.
     */
    public LoadedSheet load() throws SheetException {
        return load(id -> true);
    }

    /**
     * The same, keeping only the clinics whose id {@code keep} accepts (every clinic is still read and
     * checked): what a plan of one clinic holds of a chain's sheet.
     */
    public LoadedSheet load(Predicate<String> keep) throws SheetException {
        LoadedSheet loaded = read(keep);
        ErrorHandler.printFindings(loaded.warnings(), mixee.commandLine().getErr(), Cli.language(mixee));
        return loaded;
    }

    /** The whole sheet again, its warnings already shown by {@link #load}. */
    public LoadedSheet reread() throws SheetException {
        return read(id -> true);
    }

    private LoadedSheet read(Predicate<String> keep) throws SheetException {
        Environment environment = Cli.environment(mixee);
        Optional<String> chosen = chosen();
        if (chosen.isEmpty()) {
            return PriceSheets.embedded();
        }
        String name = chosen.get();
        long maxBytes = maxBytes(environment, Cli.texts(mixee));
        try {
            if (InputFile.isStandardInput(name) && environment.stdinClosed()) {
                throw PriceSheets.stdinClosed(InputFile.shown(name), pricing == null ? VARIABLE : "--pricing");
            }
            if (name.equals("-")) {
                return PriceSheets.read(environment.stdin(), "<stdin>", maxBytes, keep);
            }
            return PriceSheets.read(PriceSheets.path(name), name, maxBytes, keep);
        } catch (SheetException e) {
            throw pricing == null ? fromVariable(e) : e;
        }
    }

    /**
     * A sheet named by {@code $EXOPLAN_PRICING} that is not there: the fix names the variable, since
     * there is no --pricing to leave out.
     */
    private static SheetException fromVariable(SheetException e) {
        List<SheetFinding> findings = e.findings().stream()
                .map(f -> f.finding().remedy() instanceof Message fix && fix.key().equals("read.missing.fix")
                        ? new SheetFinding(f.file(), f.position(), new Finding(f.finding().severity(),
                                f.finding().code(), f.finding().pointer(), f.finding().text(),
                                Message.of("read.missing.fixVariable", VARIABLE)))
                        : f)
                .toList();
        return new SheetException(findings);
    }

    /**
     * The size limit of a sheet read whole: {@code $EXOPLAN_MAX_SHEET_BYTES} when set, else
     * {@link PriceSheets#MAX_BYTES} (64 MiB).
     */
    public static long maxBytes(Environment environment, Texts texts) {
        Optional<String> value = environment.variable(MAX_BYTES_VARIABLE);
        if (value.isEmpty()) {
            return PriceSheets.MAX_BYTES;
        }
        long bytes;
        try {
            bytes = Long.parseLong(value.get().trim());
        } catch (NumberFormatException e) {
            bytes = 0;
        }
        if (bytes < 1 || bytes > PriceSheets.LARGEST_LIMIT) {
            throw new UserException(ExitCodes.USAGE, texts.get("error.maxSheetBytes", MAX_BYTES_VARIABLE,
                    value.get(), String.valueOf(PriceSheets.LARGEST_LIMIT), String.valueOf(PriceSheets.MAX_BYTES)));
        }
        return bytes;
    }

    /** Whether the sheet is read from standard input ({@code -} or {@code /dev/stdin}, given or from the variable). */
    public boolean readsStdin() {
        return chosen().filter(InputFile::isStandardInput).isPresent();
    }

    /** The file the sheet is read from, when it is one (not the built-in sheet, not standard input). */
    public Optional<Path> file() {
        return chosen().filter(name -> !name.equals("-")).flatMap(FileOutput::path);
    }

    /** What names the sheet: {@code --pricing}, else {@code $EXOPLAN_PRICING}; empty for the built-in sheet. */
    private Optional<String> chosen() {
        return Optional.ofNullable(pricing).or(() -> Cli.environment(mixee).variable(VARIABLE));
    }
}
