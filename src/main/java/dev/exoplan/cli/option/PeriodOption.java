package dev.exoplan.cli.option;

import dev.exoplan.cli.Cli;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --start} and {@code --months}: the period a course is planned over. */
public final class PeriodOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", converter = DateConverter.class)
    private LocalDate start;

    @Option(names = "--months", paramLabel = "N", defaultValue = "12")
    private int months;

    /** The first day: {@code --start}, else today. */
    public LocalDate start() {
        return start != null ? start : Cli.environment(mixee).today();
    }

    public int months() {
        return months;
    }
}
