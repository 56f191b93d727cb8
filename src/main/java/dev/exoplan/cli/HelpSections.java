package dev.exoplan.cli;

import dev.exoplan.io.text.DisplayWidth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine;

/**
 * Help's description and footer as picocli writes them, but for their indented lines — the example
 * command lines — which are never wrapped as prose: an example wrapped in the middle reads as two
 * commands, and pasted, runs as two. One wider than the help goes on in a shell's way, its lines ending
 * in " \\" ({@link #continued}). Every other line is wrapped as picocli does.
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

    /**
     * An example command line as it is where it fits {@code width}; otherwise broken between arguments
     * into lines that end in " \\" (a shell's continuation: pasted, they still run as one command), each
     * after the first indented four more columns.
     */
    static List<String> continued(String line, int width) {
        if (DisplayWidth.of(line) <= width) {
            return List.of(line);
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(indent);
        for (String word : line.strip().split(" ")) {
            boolean empty = part.toString().isBlank();
            if (!empty && DisplayWidth.of(part + " " + word + " \\") > width) {
                parts.add(part + " \\");
                part.setLength(0);
                part.append(indent).append("    ");
                empty = true;
            }
            part.append(empty ? "" : " ").append(word);
        }
        parts.add(part.toString());
        return parts;
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
                for (String part : continued(line, width)) {
                    Help.join(help.ansi(), Math.max(width, 2 * part.length() + 1), cjk, new String[] {part}, text);
                }
            } else {
                wrapped.add(line);
            }
        }
        Help.join(help.ansi(), width, cjk, wrapped.toArray(String[]::new), text);
        return text.toString();
    }
}
