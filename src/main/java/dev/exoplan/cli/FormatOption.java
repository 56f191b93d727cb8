package dev.exoplan.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}: for people, or for programs. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "json is documented in the README and stable.")
    private OutputFormat format;

    public OutputFormat format() {
        return format;
    }
}
