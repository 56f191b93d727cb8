package dev.exoplan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code exoplan}: the top command; it only holds the subcommands and the shared flags. */
@Command(name = "exoplan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Plans the schedule and the out-of-pocket cost of a self-pay clinic treatment course "
                    + "(stem-cell-derived exosome therapy as Japanese clinics sell it).",
            "",
            "Its figures are estimates from a clinic's price sheet: not the clinic's written quote, and not "
                    + "medical advice."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   success",
            "  1   a price sheet is missing, unreadable, not JSON or has errors;",
            "      validate: a file has errors; quote: a bad request row or file",
            "  2   usage error: unknown option, goal, method or clinic; bad date or period",
            " 70   internal error in exoplan (please report it; --stacktrace shows details)",
            "",
            "Environment: EXOPLAN_PRICING names the price sheet when --pricing is not given; "
                    + "NO_COLOR turns off colour in help."})
public final class ExoplanCommand implements Runnable {

    private final Environment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an internal error, print the Java stack trace (for bug reports).")
    private boolean stacktrace;

    ExoplanCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a command is required: plan, compare, quote, list, validate or schema (run 'exoplan --help' for all)");
    }
}
