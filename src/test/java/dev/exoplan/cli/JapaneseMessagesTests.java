package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.cli.Run.Result;
import dev.exoplan.core.check.Check;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Messages that used to stay English, now in Japanese with {@code --lang ja} or a Japanese locale: each
 * as the exact line on standard error, with its exit code. The English lines are pinned by the
 * commands' own tests.
 */
class JapaneseMessagesTests {

    private static Result japaneseLocale(String... args) {
        return exoplan(Map.of("LANG", "ja_JP.UTF-8"), "", Locale.JAPAN, args);
    }

    private static void assertError(int code, String line, Result r) {
        assertEquals(code, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(line + "\n", r.err());
    }

    /** The planner's checks of a request, worded in the core in both languages. */
    @Nested
    class Requests {

        @Test
        void plan_anUnknownGoal_isJapanese() {
            assertError(ExitCodes.USAGE, "exoplan plan: --goal: 目的 'skn' はありません。もしかして 'skin' ですか？ "
                    + "この料金表の目的：skin, hair, fatigue, inflammation, immunity, ed, vascular, neuro, joint, "
                    + "menopause, allergy",
                    exoplan("plan", "--goal", "skn", "--method", "iv", "--clinic", "sample-a", "--lang", "ja"));
        }

        @Test
        void plan_noClinicInASheetWithSeveral_isJapaneseUnderAJapaneseLocale() {
            assertError(ExitCodes.USAGE, "exoplan plan: --clinic: 料金表にクリニックが 3 件あるため、クリニックを選んで"
                    + "ください。目的 skin で iv の料金があるクリニック：sample-a, sample-b, sample-c",
                    japaneseLocale("plan", "--goal", "skin", "--method", "iv"));
        }

        @Test
        void plan_aMethodTheClinicDoesNotPrice_isJapanese() {
            assertError(ExitCodes.USAGE, "exoplan plan: --method: クリニック 'sample-b' には投与方法 'combined' の料金が"
                    + "ありません。sample-b で目的 skin に使える投与方法：iv, injection。combined の料金があるクリニック："
                    + "sample-a",
                    exoplan("plan", "--goal", "skin", "--method", "combined", "--clinic", "sample-b", "--lang", "ja"));
        }

        @Test
        void plan_monthsOutOfBounds_isJapanese() {
            assertError(ExitCodes.USAGE, "exoplan plan: --months: 月数は 1〜120 の整数で指定してください（指定された値：0）",
                    exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--months", "0",
                            "--lang", "ja"));
        }

        @Test
        void compare_anUnknownGoal_isJapanese() {
            Result r = exoplan("compare", "--goal", "skn", "--lang", "ja");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan compare: --goal: 目的 'skn' はありません。もしかして 'skin' ですか？ この料金表の目的："
                    + "skin, hair, fatigue, inflammation, immunity, ed, vascular, neuro, joint, menopause, allergy\n",
                    r.err());
        }

        @Test
        void compare_aVariantNoneHas_isJapanese() {
            Result r = exoplan("compare", "--goal", "skin", "--variant", "9cc", "--lang", "ja");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan compare: --variant: 種類 '9cc' はありません。この比較で目的 skin に使える種類：なし\n",
                    r.err());
        }

        @Test
        void quote_aBadRequestRow_isJapanese() {
            Result r = exoplan(Map.of(), "goal,method\nhiar,iv\n", Locale.US, "quote", "--pricing",
                    PlanCommandTests.WORKED_EXAMPLE, "--requests", "-", "--lang", "ja");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("exoplan quote: <stdin>:2: 目的 'hiar' はありません。この料金表の目的：skin\n", r.err());
        }
    }

    /** quote's and validate's own usage and file errors, and the files plan and quote cannot write. */
    @Nested
    class CommandErrors {

        @TempDir
        Path dir;

        @Test
        void quote_bomOutsideCsv_isJapanese() {
            assertError(ExitCodes.USAGE, "exoplan quote: --bom は CSV 用です（Excel が必要とします）。json の出力の先頭には"
                    + "付けられません", exoplan("quote", "--format", "json", "--bom", "--lang", "ja"));
        }

        @Test
        void quote_monthsOutOfBounds_isJapaneseAsPlanSaysIt() {
            assertError(ExitCodes.USAGE, "exoplan quote: --months: 月数は 1〜120 の整数で指定してください（指定された値：0）",
                    japaneseLocale("quote", "--months", "0"));
        }

        @Test
        void quote_aMissingRequestFile_isJapanese() {
            Path missing = dir.resolve("missing.csv");
            assertError(ExitCodes.BAD_INPUT, "exoplan quote: " + missing + ": ありません。--requests に指定したパスを"
                    + "確認してください", exoplan("quote", "--requests", missing.toString(), "--lang", "ja"));
        }

        @Test
        void quote_badCells_areJapanese() {
            Result r = exoplan(Map.of(), "goal,method,start\nskin,iv,2027-02-30\n,iv,\nskin,iv,2027-13-01\n",
                    Locale.US, "quote", "--pricing", PlanCommandTests.WORKED_EXAMPLE, "--requests", "-", "--lang",
                    "ja");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("""
                    exoplan quote: <stdin>:2: start 列：'2027-02-30' は日付ではありません（2027年2月は 28 日までです）。\
                    YYYY-MM-DD の形で、2027-01-04 のように書いてください
                    exoplan quote: <stdin>:3: goal 列が空欄で、--goal も指定されていません。どちらかで指定してください
                    exoplan quote: <stdin>:4: start 列：'2027-13-01' は日付ではありません（月は 01〜12 で、13 月はありませ\
                    ん）。YYYY-MM-DD の形で、2027-01-04 のように書いてください
                    """, r.err());
        }

        @Test
        void quote_outputInAFolderThatDoesNotExist_isJapanese() {
            Path file = dir.resolve("nowhere").resolve("quotes.csv");
            assertError(ExitCodes.BAD_INPUT, "exoplan quote: --output " + file + ": ここには書き出せません（フォルダがあり"
                    + "ません）。何も書き出していません。存在していて書き込めるフォルダを選んでください",
                    exoplan("quote", "--output", file.toString(), "--lang", "ja"));
            assertEquals(false, Files.exists(file.getParent()));
        }

        @Test
        void plan_icsInAFolderThatDoesNotExist_isJapanese() {
            Path ics = dir.resolve("missing").resolve("plan.ics");
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--ics",
                    ics.toString(), "--lang", "ja");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("exoplan plan: --ics " + ics + ": ここには書き出せません（フォルダがありません）。何も書き出していません。"
                    + "存在していて書き込めるフォルダを選んでください\n",
                    r.err());
        }

        @Test
        void plan_icsAFolder_isJapanese() {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--ics",
                    dir.toString(), "--lang", "ja");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("exoplan plan: --ics " + dir + ": フォルダです。書き出す .ics ファイルの名前を指定してください\n",
                    r.err());
        }

        @Test
        void validate_negativeMaxFindings_isJapanese() {
            assertError(ExitCodes.USAGE, "exoplan validate: --max-findings には 0（すべて表示）以上を指定してください"
                    + "（指定された値：-1）", japaneseLocale("validate", "--max-findings", "-1", "pricing.json"));
        }

        @Test
        void validate_aKeyTwice_isJapanese() throws Exception {
            Path sheet = dir.resolve("dup.json");
            java.nio.file.Files.writeString(sheet, "{\"schemaVersion\": 1, \"schemaVersion\": 1}\n");
            Result r = exoplan("validate", sheet.toString(), "--lang", "ja");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            // The second key starts at column 22: {"schemaVersion": 1, is 21 characters.
            assertTrue(r.out().contains(sheet + ":1:22: error E-DUPLICATE-KEY /schemaVersion: キー 'schemaVersion' が"
                    + " 1 つのオブジェクトに 2 回あります（最初は 1 行目） — 'schemaVersion' を 1 つだけ残し、もう一方を削除してください\n"),
                    r.out());
        }

        @Test
        void validate_standardInputTwice_isJapanese() {
            assertError(ExitCodes.USAGE, "exoplan validate: '-'（標準入力）は 1 回しか指定できません",
                    exoplan("validate", "-", "-", "--lang", "ja"));
        }

        @Test
        void validate_anUnknownCheck_isJapanese() {
            String checks = Arrays.stream(Check.values()).map(Check::id).collect(Collectors.joining(", "));
            assertError(ExitCodes.USAGE, "exoplan validate: --check: チェック 'disclosur' はありません。もしかして "
                    + "'disclosure' ですか？ チェック：" + checks,
                    exoplan("validate", "--check", "disclosur", "pricing.json", "--lang", "ja"));
        }
    }

    /** quote's request files that cannot be read as CSV or JSON Lines, and exoplan's own bugs. */
    @Nested
    class FilesAndBugs {

        @Test
        void quote_anUnknownColumn_isJapanese() {
            Result r = exoplan(Map.of(), "goal,colour\nskin,red\n", Locale.US, "quote", "--requests", "-",
                    "--lang", "ja");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("exoplan quote: <stdin>:1: 見出しの列 'colour' は使えません。使える列：goal, method, clinic, start, "
                    + "months, variant, id\nexoplan quote: <stdin>:1: ここで止めました。依頼ファイルのこの先は読みません。"
                    + "書き出したのは 0 行です\n", r.err());
        }

        @Test
        void quote_aJsonLineThatIsNotAnObject_isJapanese() {
            Result r = exoplan(Map.of(), "{\"goal\":\"skin\",\"method\":\"iv\",\"clinic\":\"sample-a\"}\n[1]\n",
                    Locale.US, "quote", "--requests", "-", "--lang", "ja");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("exoplan quote: <stdin>:2:1: 依頼のオブジェクトがあるはずの所に [ があります。1 行に 1 つ、goal などの"
                    + "キーを持つ JSON オブジェクトを書いてください\n", r.err());
        }

        @Test
        void anInternalError_isReportedInJapanese_withJavasOwnWordsForTheException() {
            StringWriter err = new StringWriter();
            CommandLine root = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err),
                    new Environment(Run.TODAY, Map.of(), System.in, Locale.US, false, false),
                    new String[] {"plan", "--lang", "ja"});
            int code = new ErrorHandler().handleExecutionException(new IllegalStateException("boom"),
                    root.getSubcommands().get("plan"), null);
            assertEquals(ExitCodes.INTERNAL, code);
            assertEquals("exoplan plan: 内部エラー：java.lang.IllegalStateException: boom。exoplan の不具合です。実行した"
                    + "コマンドを添えて報告してください（詳しくは --stacktrace を付けて実行してください）\n", err.toString());
        }
    }

    /** Refusals while parsing: exoplan's converters, and what picocli's exceptions tell. */
    @Nested
    class Parsing {

        @Test
        void anImpossibleStart_isJapanese() {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--start", "2027-02-30", "--lang", "ja");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("""
                    exoplan plan: --start: '2027-02-30' は日付ではありません（2027年2月は 28 日までです）。年を 4 桁で、\
                    年・月・日の順に、2027-01-04、2027-1-4、2027/1/4、2027年1月4日 のように書いてください
                    """, r.err());
        }

        @Test
        void aStartWithTheYearLast_isJapaneseWithTheRule() {
            Result r = japaneseLocale("compare", "--goal", "skin", "--start", "04/01/2027");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan compare: --start: '04/01/2027' は年が最後にあり、月と日がどちらの順か決まりません。年・月・日の"
                    + "順に、2027/1/4 や 2027-01-04 のように書いてください\n", r.err());
        }

        @Test
        void dayZero_isJapaneseWithoutAReason() {
            Result r = exoplan("compare", "--goal", "skin", "--start", "2027-01-00", "--lang", "ja");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan compare: --start: '2027-01-00' は日付ではありません。年を 4 桁で、年・月・日の順に、2027-01-04、2027-1-4、2027/1/4、2027年1月4日 のように書いてください\n", r.err());
        }

        @Test
        void anUnknownLanguage_isRefusedInTheLocalesLanguage() {
            Result r = japaneseLocale("plan", "--goal", "skin", "--lang", "fr");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("""
                    exoplan plan: --lang: 'fr' は exoplan が使える言語ではありません。ja か en を指定してください
                    """, r.err());
        }

        @Test
        void anUnknownOption_isJapanese() {
            Result r = exoplan("plan", "--gaol", "skin", "--lang", "ja");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan plan: '--gaol' というオプションはありません。もしかして --goal ですか？\n", r.err());
        }

        @Test
        void aMissingRequiredOption_isJapanese() {
            Result r = japaneseLocale("compare");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("""
                    exoplan compare: --goal を --goal skin のように指定してください
                    """, r.err());
        }

        @Test
        void aValueNotAmongTheChoices_isJapanese() {
            Result r = exoplan("compare", "--goal", "skin", "--format", "xml", "--lang", "ja");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan compare: --format: 'xml' は使えません。text, json, csv, markdown, html のどれかを、--format json "
                    + "のように指定してください\n", r.err());
        }

        @Test
        void notAWholeNumber_isJapanese() {
            Result r = japaneseLocale("plan", "--months", "1.5");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan plan: --months には月数を 12 のような整数で指定してください。'1.5' は使えません\n",
                    r.err());
        }

        @Test
        void anOptionGivenTwice_isJapanese() {
            Result r = exoplan("plan", "--goal", "skin", "--goal", "hair", "--lang", "ja");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan plan: --goal は 1 回だけ、使いたい値で指定してください\n", r.err());
        }

        @Test
        void inEnglish_exoplanWordsPicoclisRefusalsToo() {
            assertEquals("exoplan plan: --months takes a whole number of months, such as 12; '1.5' is not one\n",
                    exoplan("plan", "--months", "1.5").err());
            assertEquals("exoplan plan: --goal is given more than once; give it once, with the value you mean\n",
                    exoplan("plan", "--goal", "skin", "--goal", "hair").err());
            assertEquals("exoplan compare: --goal is required; give it, such as --goal skin\n",
                    exoplan("compare").err());
        }
    }
}
