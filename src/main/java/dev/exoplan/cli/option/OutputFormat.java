package dev.exoplan.cli.option;


/**
 * The output formats of {@code plan}. Constants are lower case because picocli shows them to users
 * as they are written ({@code --format json}).
 */
public enum OutputFormat {
    text, json
}
