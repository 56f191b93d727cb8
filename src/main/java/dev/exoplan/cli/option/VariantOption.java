package dev.exoplan.cli.option;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --variant}: the dose or area of a method that a clinic prices by variant. */
public final class VariantOption {

    @Option(names = "--variant", paramLabel = "ID")
    private String variant;

    public Optional<String> variant() {
        return Optional.ofNullable(variant);
    }
}
