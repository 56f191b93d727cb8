package dev.exoplan.cli.option;

import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.io.text.Texts;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --method} and {@code --clinic}, repeatable: only these methods and clinics. Each command words
 * them in its bundle, under its own keys ({@code exoplan.compare.method}, {@code exoplan.quote.clinic}):
 * picocli looks an option's description up under the name of the command it is mixed into.
 * ({@code --goal} is no part of it: {@code compare} takes exactly one, {@code quote} any number.)
 */
public final class FilterOption {

    @Option(names = "--method", paramLabel = "METHOD")
    private List<String> methods = new ArrayList<>();

    @Option(names = "--clinic", paramLabel = "ID")
    private List<String> clinics = new ArrayList<>();

    /** The methods given, in order; empty: every method. */
    public List<String> methods() {
        return methods;
    }

    /** The clinics given, in order; empty: every clinic. */
    public List<String> clinics() {
        return clinics;
    }

    /**
     * Checks the methods, then the clinics, against the sheet.
     *
     * @throws UserException (usage) for an id the sheet lacks, as {@link SheetIds#check} words it
     */
    public void check(Texts texts, PriceSheet sheet) {
        SheetIds.check(texts, "--method", "method", methods, sheet.methods().keySet());
        SheetIds.check(texts, "--clinic", "clinic", clinics, sheet.clinicIds());
    }
}
