package dev.exoplan.tools;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.Environment;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes exoplan's man pages (AsciiDoc, one per command, as picocli-codegen makes them) into the
 * folder given, from the same command line the program runs. Run by Maven at package time; the pages
 * become roff with {@code asciidoctor -b manpage}.
 */
public final class ManPages {

    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "target/man");
        // The man pages are in English whatever the build machine's locale (LANG=C picks English).
        Environment system = Environment.system();
        Environment english = new Environment(system.clock(), Map.of("LANG", "C"), system.stdin(), Locale.US,
                false, false);
        CommandLine root = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                english);
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(root.getCommandSpec());
        root.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
        int status = ManPageGenerator.generateManPage(folder, null, new boolean[0], true,
                specs.toArray(CommandSpec[]::new));
        if (status != 0) {
            throw new IllegalStateException("man pages were not written: status " + status);
        }
    }
}
