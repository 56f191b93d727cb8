package dev.exoplan;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.Environment;
import dev.exoplan.cli.OutOfMemory;
import dev.exoplan.io.file.StandardOutput;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The {@code exoplan} command. Output is UTF-8 whatever the platform's default encoding. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Every number a format writes with String.format (exoplan's, picocli's completion script) in
        // ASCII digits with a '.' point, whatever the platform's locale (under fa_IR, %d wrote ۰, and
        // the completion script's variable names broke). Texts for people name their locale themselves.
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        PrintWriter out = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        Environment environment = Environment.system();
        OutOfMemory memory = OutOfMemory.prepare(args, environment, err);
        int code;
        try {
            if (Cli.completing(args)) {
                code = Cli.complete(args, environment, out);
            } else {
                Cli.startUp(args, environment);
                code = Cli.commandLine(out, err, environment, args).execute(args);
            }
        } catch (Throwable e) {
            // picocli passes only Exceptions to exoplan's handler: an Error comes out here, as one line —
            // out of memory (itself or as a cause) exit 1, anything else a bug, exit 70.
            code = memory.failed(e);
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
