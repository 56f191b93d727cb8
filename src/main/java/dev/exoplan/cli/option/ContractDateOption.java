package dev.exoplan.cli.option;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --contract-date}: the day the patient receives the contract document of the first package a
 * plan buys, when it is before the purchase (signed at a counselling visit, say); cooling-off counts from it.
 */
public final class ContractDateOption {

    @Option(names = "--contract-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class)
    private LocalDate date;

    /** The date given; empty: each contract document is received on the day of its purchase. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }
}
