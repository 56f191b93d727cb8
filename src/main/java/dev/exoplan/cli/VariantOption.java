package dev.exoplan.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --variant}: the dose or area of a method that a clinic prices by variant. */
public final class VariantOption {

    @Option(names = "--variant", paramLabel = "ID",
            description = "The variant of a method priced by variant, such as a dose (2cc) or an area (face), as the "
                    + "price sheet names it. Without it, the low scenario takes the cheapest variant, the high the "
                    + "dearest and the typical the middle one.")
    private String variant;

    public Optional<String> variant() {
        return Optional.ofNullable(variant);
    }
}
