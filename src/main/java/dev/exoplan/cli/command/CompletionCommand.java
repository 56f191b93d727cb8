package dev.exoplan.cli.command;

import dev.exoplan.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
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
