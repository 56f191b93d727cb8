import dev.exoplan.cli.Cli;
import dev.exoplan.cli.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine;

/**
 * What the distribution archives hold besides the jar, made from the same command line the program
 * runs (its English help, from the bundles), at package time — with tests skipped too:
 *
 * <ul>
 * <li>{@code man/man1/exoplan.1} and {@code exoplan-COMMAND.1}: man pages in roff (the man macros),
 *     which {@code man} reads as they are;</li>
 * <li>{@code bash-completion/completions/exoplan}: the bash completion script, as
 *     {@code exoplan completion bash} prints it;</li>
 * <li>{@code zsh/site-functions/_exoplan}: the zsh completion function, as
 *     {@code exoplan completion zsh} prints it.</li>
 * </ul>
 *
 * Run by Maven (exec) with the built jar on the class path, as a single-file source program, so that it
 * is neither in the jar nor a test class: {@code java -cp target/exoplan.jar src/build/Distribution.java
 * FOLDER VERSION DATE}. Everything it writes depends only on its arguments and the jar, so two builds of
 * one commit write the same bytes.
 */
public final class Distribution {

    private Distribution() {
    }

    public static void main(String[] args) throws IOException {
        // Every number written in ASCII digits, whatever the build machine's locale.
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        Path folder = Path.of(args[0]);
        String version = args[1];
        String date = args[2].substring(0, 10);
        // In English whatever the build machine's locale; no terminal, so no width but 80.
        Environment system = Environment.system();
        Environment english = new Environment(system.clock(), Map.of("LANG", "C"), system.stdin(), Locale.US,
                false, false);
        CommandLine root = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                english);
        root.setUsageHelpWidth(80);

        Path man = Files.createDirectories(folder.resolve("man/man1"));
        write(man.resolve("exoplan.1"), new ManPage(root.getCommandSpec(), version, date).roff());
        for (CommandLine sub : root.getSubcommands().values()) {
            write(man.resolve("exoplan-" + sub.getCommandName() + ".1"),
                    new ManPage(sub.getCommandSpec(), version, date).roff());
        }

        write(Files.createDirectories(folder.resolve("bash-completion/completions")).resolve("exoplan"),
                Cli.completionScript(root, "bash"));
        write(Files.createDirectories(folder.resolve("zsh/site-functions")).resolve("_exoplan"),
                Cli.completionScript(root, "zsh"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One command's man page, section 1, in roff with the man macros. */
    record ManPage(CommandSpec spec, String version, String date) {

        String name() {
            return spec.qualifiedName("-");
        }

        String roff() {
            StringBuilder page = new StringBuilder();
            page.append(".\\\" Made by src/build/Distribution.java from exoplan's command line; do not edit.\n");
            page.append(".TH \"").append(name().toUpperCase(Locale.ROOT)).append("\" \"1\" \"").append(date)
                    .append("\" \"exoplan ").append(version).append("\" \"exoplan Manual\"\n");
            page.append(".nh\n.ad l\n");
            page.append(".SH NAME\n").append(text(name())).append(" \\- ").append(text(summary())).append('\n');

            page.append(".SH SYNOPSIS\n.nf\n");
            String synopsis = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                    .synopsis(0).stripTrailing();
            for (String line : synopsis.split("\n")) {
                page.append(code(line)).append('\n');
            }
            page.append(".fi\n");

            page.append(".SH DESCRIPTION\n");
            paragraphs(page, spec.usageMessage().description());

            if (!spec.positionalParameters().isEmpty()) {
                page.append(".SH ARGUMENTS\n");
                for (PositionalParamSpec positional : spec.positionalParameters()) {
                    if (!positional.hidden()) {
                        page.append(".TP\n\\fI").append(code(positional.paramLabel())).append("\\fR\n")
                                .append(text(String.join(" ", positional.description()))).append('\n');
                    }
                }
            }

            page.append(".SH OPTIONS\n");
            for (OptionSpec option : spec.options()) {
                if (option.hidden()) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (String n : option.names()) {
                    names.add("\\fB" + code(n) + "\\fR");
                }
                page.append(".TP\n").append(String.join(", ", names));
                if (option.arity().max() > 0) {
                    page.append("=\\fI").append(code(option.paramLabel())).append("\\fR");
                }
                page.append('\n').append(text(String.join(" ", option.description()))).append('\n');
            }

            if (!spec.subcommands().isEmpty()) {
                page.append(".SH COMMANDS\n");
                for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
                    page.append(".TP\n\\fB").append(code(sub.getKey())).append("\\fR\n")
                            .append(text(new ManPage(sub.getValue().getCommandSpec(), version, date).summary()))
                            .append(" See \\fB").append(code("exoplan-" + sub.getKey())).append("\\fR(1).\n");
                }
            }

            Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
            if (!exitCodes.isEmpty()) {
                page.append(".SH EXIT STATUS\n");
                exitCodes.forEach((code, meaning) -> page.append(".TP\n\\fB").append(code(code.strip()))
                        .append("\\fR\n").append(text(meaning.strip())).append('\n'));
            }

            String[] footer = spec.usageMessage().footer();
            if (footer.length > 0) {
                String heading = spec.usageMessage().footerHeading().replace("%n", "").strip();
                page.append(".SH ").append(heading.isEmpty() ? "ENVIRONMENT" : heading.replace(":", "")
                        .toUpperCase(Locale.ROOT)).append('\n');
                paragraphs(page, footer);
            }

            page.append(".SH SEE ALSO\n");
            List<String> others = new ArrayList<>();
            CommandSpec top = spec.root();
            if (top != spec) {
                others.add("\\fBexoplan\\fR(1)");
            }
            for (String sub : top.subcommands().keySet()) {
                if (!("exoplan-" + sub).equals(name())) {
                    others.add("\\fB" + code("exoplan-" + sub) + "\\fR(1)");
                }
            }
            page.append(String.join(", ", others)).append('\n');
            return page.toString();
        }

        /** The first line of the command's header or description, to its first full stop. */
        String summary() {
            UsageMessageSpec usage = spec.usageMessage();
            String first = usage.header().length > 0 ? usage.header()[0]
                    : usage.description().length > 0 ? usage.description()[0] : "";
            return first.strip();
        }

        /** Lines as paragraphs; an indented line (an example) as it is, unfilled. */
        private static void paragraphs(StringBuilder page, String[] lines) {
            boolean open = false;
            for (String line : lines) {
                String plain = line.replace("%n", "").replace("%%", "%");
                if (plain.isBlank()) {
                    if (open) {
                        page.append(".PP\n");
                        open = false;
                    }
                } else if (plain.startsWith(" ")) {
                    page.append(".nf\n").append(code(plain)).append("\n.fi\n");
                    open = true;
                } else {
                    page.append(text(plain)).append('\n');
                    open = true;
                }
            }
        }

        /** Prose: backslashes escaped, a leading dot or quote made literal, other characters by code point. */
        static String text(String s) {
            StringBuilder out = new StringBuilder();
            s.codePoints().forEach(c -> {
                if (c == '\\') {
                    out.append("\\e");
                } else if (c == '-' ) {
                    out.append("\\-");
                } else if (c < 128) {
                    out.appendCodePoint(c);
                } else {
                    out.append(String.format(Locale.ROOT, "\\[u%04X]", c));
                }
            });
            String line = out.toString();
            return line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line;
        }

        /** A command line, an option or a name: as prose, hyphens as the ASCII minus that can be typed. */
        static String code(String s) {
            return text(s);
        }
    }
}
