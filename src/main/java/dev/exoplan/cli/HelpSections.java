package dev.exoplan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help's description and footer as picocli writes them, but for their indented lines — the example
 * command lines — which are written whole, however narrow the terminal: an example wrapped in the
 * middle reads as two commands, and pasted, runs as two. Every other line is wrapped as picocli does.
 */
final class HelpSections {

    private HelpSections() {
    }

    /** Sets these sections on {@code commandLine} and every subcommand it has now. */
    static void apply(CommandLine commandLine) {
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>(commandLine.getHelpSectionMap());
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> lines(help, help.commandSpec().usageMessage().description()));
        sections.put(UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> lines(help, help.commandSpec().usageMessage().footer()));
        commandLine.setHelpSectionMap(sections);
    }

    /** {@code lines} as picocli joins them, each indented line on a line of its own, unwrapped. */
    static String lines(Help help, String[] lines) {
        int width = help.commandSpec().usageMessage().width();
        boolean cjk = help.commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters();
        StringBuilder text = new StringBuilder();
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(" ")) {
                Help.join(help.ansi(), width, cjk, wrapped.toArray(String[]::new), text);
                wrapped.clear();
                // Wide enough for the whole line, each character counted twice for CJK.
                Help.join(help.ansi(), Math.max(width, 2 * line.length() + 1), cjk, new String[] {line}, text);
            } else {
                wrapped.add(line);
            }
        }
        Help.join(help.ansi(), width, cjk, wrapped.toArray(String[]::new), text);
        return text.toString();
    }
}
