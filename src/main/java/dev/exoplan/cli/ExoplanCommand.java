package dev.exoplan.cli;

import dev.exoplan.cli.option.LanguageOption;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code exoplan}: the top command; it only holds the subcommands and the shared flags. Its help, like
 * every command's, comes from the bundles (exoplan.usage.* in {@code messages_*.properties}).
 */
@Command(name = "exoplan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND")
public final class ExoplanCommand implements Runnable, LanguageOption.Root {

    private final Environment environment;

    /** The language of help and messages, decided from the arguments and the locale before parsing. */
    private final Language language;

    @Spec
    private CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT)
    private boolean stacktrace;

    /**
     * {@code --lang} before the subcommand ({@code exoplan --lang ja plan …}), as after it: the language
     * was chosen from the arguments before parsing ({@link Arguments#language}); a subcommand's own
     * {@code --lang} comes later and wins.
     */
    @Mixin
    private LanguageOption lang;

    ExoplanCommand(Environment environment, Language language) {
        this.environment = environment;
        this.language = language;
    }

    @Override
    public Language language() {
        return language;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                new Texts(language).get("error.commandRequired"));
    }
}
