package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.cli.Run.Result;
import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.Bundles;
import dev.exoplan.io.text.DisplayWidth;
import dev.exoplan.io.text.Texts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** What a user of picocli's CLIs expects of any command: -V, help COMMAND, suggestions, --lang, help text. */
class PicocliConventionsTests {

    /** Every subcommand but help, which has neither -V nor a command to run. */
    private static List<String> commands() {
        List<String> names = new ArrayList<>(Cli.COMMANDS.keySet());
        names.remove("help");
        return names;
    }

    @Test
    void version_onEverySubcommand_isExoplansVersionLine() {
        Result top = exoplan("--version");
        assertTrue(top.out().startsWith("exoplan "), top.out());
        for (String command : commands()) {
            Result r = exoplan(command, "-V");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertEquals(top.out(), r.out(), command);
            assertEquals(top.out(), exoplan(command, "--version").out(), command);
        }
    }

    @Test
    void helpCommand_printsTheNamedCommandsHelp_inEitherLanguage() {
        for (String command : commands()) {
            Result r = exoplan("help", command);
            assertEquals(0, r.code(), command + ": " + r.err());
            assertEquals(exoplan(command, "--help").out(), r.out(), command);
        }
        assertEquals(exoplan("--help").out(), exoplan("help").out());
        assertEquals(exoplan("plan", "--help", "--lang", "ja").out(), exoplan("help", "plan", "--lang", "ja").out());
        assertTrue(exoplan("help", "plan", "--lang", "ja").out().startsWith("使い方: exoplan plan"));
    }

    @Test
    void helpCommand_ofAnUnknownCommand_isAUsageError() {
        Result r = exoplan("help", "plann");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("plann"), r.err());
    }

    @Test
    void aMistypedSubcommand_getsTheOneClosestMatch() {
        Result r = exoplan("plann");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("exoplan: 'plann' is not an exoplan command; did you mean 'plan'?\n", r.err());
        assertEquals("exoplan: 'hlep' is not an exoplan command; did you mean 'help'?\n", exoplan("hlep").err());
    }

    @Test
    void aMistypedOption_getsTheClosestOption_swapsIncluded() {
        Result gaol = exoplan("plan", "--gaol", "skin");
        assertEquals(ExitCodes.USAGE, gaol.code());
        assertEquals("exoplan plan: unknown option '--gaol'; did you mean --goal?\n", gaol.err());
        assertTrue(exoplan("plan", "--methd", "iv").err().contains("; did you mean --method?\n"));
        assertTrue(exoplan("plan", "--gaol=skin").err().contains("; did you mean --goal?\n"));
        Result ja = exoplan("plan", "--gaol", "skin", "--lang", "ja");
        assertEquals("exoplan plan: '--gaol' というオプションはありません。もしかして --goal ですか？\n", ja.err());
    }

    @Test
    void aWordNothingIsCloseTo_getsNoSuggestion() {
        Result r = exoplan("xyzzy");
        assertEquals(ExitCodes.USAGE, r.code());
        assertFalse(r.err().contains("did you mean"), r.err());
    }

    @Test
    void lang_isAcceptedByEveryCommand() {
        for (String command : commands()) {
            List<String> args = new ArrayList<>(List.of(command, "--lang", "ja", "--help"));
            Result r = exoplan(args.toArray(String[]::new));
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().contains("--lang"), command);
        }
        assertEquals(exoplan("schema").out(), exoplan("schema", "--lang", "ja").out());
        Result completion = exoplan("completion", "bash", "--lang", "en");
        assertEquals(0, completion.code(), completion.err());
        assertEquals(exoplan("completion", "bash").out(), completion.out());
    }

    @Test
    void aMissingSheetNamedByTheVariable_namesTheVariable_notPricing() {
        Result r = exoplan(Map.of("EXOPLAN_PRICING", "no-such-sheet.json"), "", Locale.US, "list");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("no-such-sheet.json: error E-READ: no-such-sheet.json does not exist — check the path in "
                + "EXOPLAN_PRICING, or unset EXOPLAN_PRICING to use the built-in sheet\n", r.err());
        Result given = exoplan("list", "--pricing", "no-such-sheet.json");
        assertTrue(given.err().contains("leave out --pricing"), given.err());
    }

    @Test
    void help_isNeverColoured_evenWhereAnsiIsForced() {
        String before = System.getProperty("picocli.ansi");
        System.setProperty("picocli.ansi", "true");
        try {
            for (String command : Cli.COMMANDS.keySet()) {
                Result r = exoplan(command, "--help");
                assertFalse(r.out().contains("\u001B"), command + ":\n" + r.out());
            }
            assertFalse(exoplan("--help").out().contains("\u001B"));
        } finally {
            if (before == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", before);
            }
        }
    }

    static List<Language> languages() {
        return Bundles.languages();
    }

    /**
     * Every example of every command's help (an indented line of its footer or description, in the
     * bundle) comes out as one command, at the narrowest width picocli allows (55) and at 80: whole on
     * its line where it fits, else on lines that end in a shell's continuation " \\" (pasted, it runs
     * as one command), none wider than the help.
     */
    @ParameterizedTest
    @MethodSource("languages")
    void helpExamples_neverWrap_butContinueAsTheShellDoes_inEitherLanguage(Language language) {
        ResourceBundle bundle = Texts.bundle(language);
        for (int width : new int[] {55, 80}) {
            for (String command : Cli.COMMANDS.keySet()) {
                String out = help(command, language, width);
                List<String> examples = new ArrayList<>();
                for (String key : Collections.list(bundle.getKeys())) {
                    boolean section = key.startsWith("exoplan." + command + ".usage.footer.")
                            || key.startsWith("exoplan." + command + ".usage.description.");
                    if (section && bundle.getString(key).startsWith(" ")) {
                        examples.add(bundle.getString(key));
                    }
                }
                // Continuations joined as the shell joins them: " \" at the line's end, then the next line's indent.
                String joined = out.replaceAll(" \\\\\n +", " ");
                for (String example : examples) {
                    assertTrue(joined.contains("\n" + example + "\n"), command + " at " + width + ": " + example + "\n" + out);
                }
                for (String line : out.split("\n")) {
                    if (line.endsWith(" \\")) {
                        assertTrue(DisplayWidth.of(line) <= width, command + " at " + width + ": " + line);
                    }
                }
                if (command.equals("plan") || command.equals("quote")) {
                    assertFalse(examples.isEmpty(), command);
                }
            }
        }
    }

    private static String help(String command, Language language, int width) {
        StringWriter out = new StringWriter();
        Environment environment = new Environment(Run.TODAY, Map.of(), System.in,
                language == Language.JA ? Locale.JAPAN : Locale.US, false, false);
        CommandLine commandLine = Cli.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()),
                environment, new String[] {command, "--help"});
        commandLine.setUsageHelpAutoWidth(false);
        commandLine.setUsageHelpWidth(width);
        commandLine.getSubcommands().get(command).usage(new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void exitCodes_inEveryHelp_comeFromPicocliExitCodeList_andList70() {
        CommandLine root = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new Environment(Run.TODAY, Map.of(), System.in, Locale.US, false, false));
        List<CommandLine> all = new ArrayList<>(root.getSubcommands().values());
        all.add(root);
        for (CommandLine command : all) {
            Map<String, String> codes = command.getCommandSpec().usageMessage().exitCodeList();
            assertEquals(List.of("0", "1", "2", "70"), List.copyOf(codes.keySet()), command.getCommandName());
        }
        for (String command : commands()) {
            String out = exoplan(command, "--help").out();
            assertTrue(out.contains("\nExit codes:\n  0    "), command + ":\n" + out);
            assertTrue(out.contains("\n  70   internal error in exoplan"), command + ":\n" + out);
            assertTrue(exoplan(command, "--help", "--lang", "ja").out().contains("\n  70   exoplan の内部エラー"), command);
        }
    }
}
