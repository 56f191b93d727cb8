package dev.exoplan.cli.option;

import picocli.CommandLine.Option;

/** {@code --format text|json}: for people, or for programs. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    private OutputFormat format;

    public OutputFormat format() {
        return format;
    }

    /**
     * The output formats of {@code plan}. Constants are lower case because picocli shows them to users
     * as they are written ({@code --format json}).
     */
    public enum OutputFormat {
        text, json
    }
}
