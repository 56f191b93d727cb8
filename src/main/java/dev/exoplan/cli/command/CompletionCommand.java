package dev.exoplan.cli.command;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.option.LanguageOption;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code exoplan completion bash|zsh}: a shell completion script, made from the command line's model
 * ({@code Cli.completionScript}): a bash script, or a native zsh completion function.
 */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {

    /** The shells a script is made for. */
    enum Shell {
        bash, zsh
    }

    @Spec
    private CommandSpec spec;

    /** Accepted as by every command; what this command prints is the same in every language. */
    @Mixin
    private LanguageOption language;

    @Parameters(paramLabel = "SHELL", descriptionKey = "shell")
    private Shell shell;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(Cli.completionScript(spec.root().commandLine(), shell.name()));
        out.flush();
        return ExitCodes.OK;
    }
}
