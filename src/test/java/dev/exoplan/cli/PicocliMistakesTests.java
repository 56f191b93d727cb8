package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.cli.Run.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * Every kind of mistake picocli refuses while it parses, on the commands where it can be made, found by
 * trying them (not by reading picocli): each is one line in exoplan's words, in English and Japanese,
 * with its fix, exit 2 and nothing on standard output — never picocli's English, never an argument index.
 */
class PicocliMistakesTests {

    /** picocli's own wording: none of it may reach a user, in either language. */
    private static final List<String> PICOCLI = List.of("Invalid value", "Unknown option", "Unmatched argument",
            "Missing required", "should be specified", "is not an int", "is not a boolean", "expected one of",
            "Unknown subcommand", "index", "for usage");

    private static Result english(String... args) {
        return exoplan(Map.of(), "", Locale.US, args);
    }

    private static Result japanese(String... args) {
        return exoplan(Map.of("LANG", "ja_JP.UTF-8"), "", Locale.JAPAN, args);
    }

    /** One line on stderr, exit 2, nothing on stdout, no picocli wording. */
    private static void assertOneUsageLine(Result r, String what) {
        assertEquals(ExitCodes.USAGE, r.code(), what + ": " + r.err());
        assertEquals("", r.out(), what);
        assertEquals(1, r.err().lines().count(), what + ": " + r.err());
        assertTrue(r.err().endsWith("\n"), what);
        for (String words : PICOCLI) {
            assertFalse(r.err().contains(words), what + ": " + r.err());
        }
    }

    /** The mistake, then the line English prints, then the line Japanese prints: the fix in each. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                row("", "exoplan: a command is required: plan, compare, quote, list, validate or schema (run "
                        + "'exoplan --help' for all)",
                        "exoplan: コマンドを指定してください：plan、compare、quote、list、validate、schema など（一覧は "
                        + "'exoplan --help'）"),
                row("frobnicate", "exoplan: 'frobnicate' is not an exoplan command; the commands are plan, list, "
                        + "goals, methods, compare, quote, validate, schema, completion, help",
                        "exoplan: 'frobnicate' という exoplan のコマンドはありません。コマンドは plan, list, goals, methods, "
                        + "compare, quote, validate, schema, completion, help です"),
                row("--lang ja plna", "exoplan: 'plna' という exoplan のコマンドはありません。もしかして 'plan' ですか？",
                        "exoplan: 'plna' という exoplan のコマンドはありません。もしかして 'plan' ですか？"),
                row("--lang en plna", "exoplan: 'plna' is not an exoplan command; did you mean 'plan'?",
                        "exoplan: 'plna' is not an exoplan command; did you mean 'plan'?"),
                row("help plann", "exoplan: 'plann' is not an exoplan command; did you mean 'plan'?",
                        "exoplan: 'plann' という exoplan のコマンドはありません。もしかして 'plan' ですか？"),
                row("--foo", "exoplan: unknown option '--foo'; run 'exoplan --help' to see the options it takes",
                        "exoplan: '--foo' というオプションはありません。使えるオプションは 'exoplan --help' で表示できます"),
                row("plan --months 12.5", "exoplan plan: --months takes a whole number of months, such as 12; "
                        + "'12.5' is not one",
                        "exoplan plan: --months には月数を 12 のような整数で指定してください。'12.5' は使えません"),
                row("validate --max-findings 1.5 a.json", "exoplan validate: --max-findings takes a whole number, "
                        + "such as --max-findings 1000; '1.5' is not one it takes",
                        "exoplan validate: --max-findings には整数を --max-findings 1000 のように指定してください。'1.5' "
                        + "は使えません"),
                row("plan --pay-in 1e3", "exoplan plan: --pay-in takes a whole number, such as --pay-in 24; '1e3' is "
                        + "not one it takes",
                        "exoplan plan: --pay-in には整数を --pay-in 24 のように指定してください。'1e3' は使えません"),
                row("plan --months", "exoplan plan: --months needs a value after it, such as --months 12",
                        "exoplan plan: --months の後に値が必要です。--months 12 のように指定してください"),
                row("compare --goal", "exoplan compare: --goal needs a value after it, such as --goal skin",
                        "exoplan compare: --goal の後に値が必要です。--goal skin のように指定してください"),
                row("compare", "exoplan compare: --goal is required; give it, such as --goal skin",
                        "exoplan compare: --goal を --goal skin のように指定してください"),
                row("plan --goal skin --goal hair", "exoplan plan: --goal is given more than once; give it once, "
                        + "with the value you mean",
                        "exoplan plan: --goal は 1 回だけ、使いたい値で指定してください"),
                row("plan --ascii --ascii", "exoplan plan: --ascii is given more than once; give it once",
                        "exoplan plan: --ascii は 1 回だけ指定してください"),
                row("plan --ascii=yes", "exoplan plan: --ascii is a switch and takes no value ('yes' given); write "
                        + "--ascii alone, or leave it out",
                        "exoplan plan: --ascii は値を取りません（'yes' が付いています）。--ascii だけを書くか、外してください"),
                row("list --format xml", "exoplan list: --format: 'xml' is not one of text, json; write one of them, "
                        + "such as --format json",
                        "exoplan list: --format: 'xml' は使えません。text, json のどれかを、--format json のように指定してください"),
                row("quote --format jsonn", "exoplan quote: --format: 'jsonn' is not one of csv, json, jsonl, "
                        + "markdown, text; did you mean --format json?",
                        "exoplan quote: --format: 'jsonn' は使えません（csv, json, jsonl, markdown, text のどれか）。もしかして "
                        + "--format json ですか？"),
                row("plan --gaol skin", "exoplan plan: unknown option '--gaol'; did you mean --goal?",
                        "exoplan plan: '--gaol' というオプションはありません。もしかして --goal ですか？"),
                row("plan --zzzzzz", "exoplan plan: unknown option '--zzzzzz'; run 'exoplan plan --help' to see the "
                        + "options it takes",
                        "exoplan plan: '--zzzzzz' というオプションはありません。使えるオプションは 'exoplan plan --help' "
                        + "で表示できます"),
                row("plan --goal skin hair", "exoplan plan: 'hair' is neither an option nor an option's value; give "
                        + "each value right after its option (run 'exoplan plan --help' to see them)",
                        "exoplan plan: 'hair' はオプションでもその値でもありません。値はオプションのすぐ後に書いてください"
                        + "（オプションは 'exoplan plan --help' で表示できます）"),
                row("plan -- --goal skin", "exoplan plan: '--goal' is neither an option nor an option's value; give "
                        + "each value right after its option (run 'exoplan plan --help' to see them)",
                        "exoplan plan: '--goal' はオプションでもその値でもありません。値はオプションのすぐ後に書いてください"
                        + "（オプションは 'exoplan plan --help' で表示できます）"),
                row("validate", "exoplan validate: FILE is missing; give it, such as exoplan validate pricing.json",
                        "exoplan validate: FILE がありません。exoplan validate pricing.json のように指定してください"),
                row("completion", "exoplan completion: SHELL is missing; give it, such as exoplan completion bash",
                        "exoplan completion: SHELL がありません。exoplan completion bash のように指定してください"),
                row("completion fish", "exoplan completion: SHELL: 'fish' is not one of bash, zsh; write one of "
                        + "them, such as exoplan completion bash",
                        "exoplan completion: SHELL: 'fish' は使えません。bash, zsh のどれかを、exoplan completion bash "
                        + "のように指定してください"),
                row("schema --format json", "exoplan schema: unknown option '--format'; run 'exoplan schema --help' "
                        + "to see the options it takes",
                        "exoplan schema: '--format' というオプションはありません。使えるオプションは 'exoplan schema --help' "
                        + "で表示できます"));
    }

    private static Arguments row(String args, String english, String japanese) {
        return Arguments.of(args, english, japanese);
    }

    @ParameterizedTest(name = "exoplan {0}")
    @MethodSource("mistakes")
    void aMistake_isOneLineInExoplansWords_withItsFix_inEitherLanguage(String args, String english, String japanese) {
        String[] arguments = args.isEmpty() ? new String[0] : args.split(" ");
        Result en = english(arguments);
        assertOneUsageLine(en, args);
        assertEquals(english + "\n", en.err());
        Result ja = japanese(arguments);
        assertOneUsageLine(ja, args);
        assertEquals(japanese + "\n", ja.err());
    }

    /** Each command, each of its options: without its value, given twice, and (a switch) given a value. */
    @Test
    void everyOptionOfEveryCommand_misused_isOneLineWithItsFix() {
        int tried = 0;
        for (String command : Cli.COMMANDS.keySet()) {
            CommandLine line = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    new Environment(Run.TODAY, Map.of(), new java.io.ByteArrayInputStream(new byte[0]), Locale.US,
                            false, false), new String[] {command});
            for (OptionSpec option : line.getSubcommands().get(command).getCommandSpec().options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                String name = option.longestName();
                List<List<String>> misuses = new ArrayList<>();
                if (option.arity().max() == 0) {
                    misuses.add(List.of(command, name + "=maybe"));
                    misuses.add(List.of(command, name, name));
                } else {
                    misuses.add(List.of(command, name));
                }
                for (List<String> misuse : misuses) {
                    String[] args = misuse.toArray(String[]::new);
                    String what = String.join(" ", misuse);
                    Result en = english(args);
                    assertOneUsageLine(en, what);
                    assertTrue(en.err().startsWith("exoplan " + command + ": " + name + " "), what + ": " + en.err());
                    assertTrue(en.err().contains(misuse.size() == 3 ? "give it once" : option.arity().max() == 0
                            ? "write " + name + " alone" : "such as " + name + " "), what + ": " + en.err());
                    Result ja = japanese(args);
                    assertOneUsageLine(ja, what);
                    assertTrue(ja.err().contains(misuse.size() == 3 ? "1 回だけ" : option.arity().max() == 0
                            ? name + " だけを書く" : "のように指定してください"), what + ": " + ja.err());
                    tried++;
                }
            }
            for (String unknown : List.of("--nosuch", "nosuch")) {
                String[] args = command.equals("help") || command.equals("validate") || command.equals("completion")
                        && unknown.equals("nosuch") ? null : new String[] {command, unknown};
                if (args == null) {
                    continue; // help nosuch is an unknown command, validate's and completion's words are values
                }
                assertOneUsageLine(english(args), Arrays.toString(args));
                assertOneUsageLine(japanese(args), Arrays.toString(args));
                tried++;
            }
        }
        assertTrue(tried > 60, "tried " + tried);
    }

    @Test
    void langBeforeTheCommand_isTaken_andTheCommandsOwnWins() {
        Result before = exoplan("--lang", "ja", "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a");
        assertEquals(0, before.code(), before.err());
        Result after = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--lang", "ja");
        assertEquals(after.out(), before.out());
        Result both = exoplan("--lang", "ja", "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a",
                "--lang", "en");
        assertEquals(exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a").out(), both.out());
    }
}
