package dev.exoplan.cli.command;

import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.option.LanguageOption;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code exoplan completion bash|zsh}: a shell completion script, from picocli's AutoComplete. */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {

    /** The shells the script serves; picocli's script is written for bash and runs in zsh. */
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
        out.print(AutoComplete.bash("exoplan", spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
