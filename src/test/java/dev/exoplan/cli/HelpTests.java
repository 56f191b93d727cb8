package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.cli.Run.Result;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.text.Language;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Help comes from the bundles: English by default, Japanese under a Japanese locale or with --lang ja. */
class HelpTests {

    private static final Map<String, String> JAPANESE_LANG = Map.of("LANG", "ja_JP.UTF-8");

    private static Result japaneseLocale(String... args) {
        return exoplan(JAPANESE_LANG, "", Locale.JAPAN, args);
    }

    @Nested
    class Language_ {

        @Test
        void planHelp_byDefault_isEnglish() {
            Result r = exoplan("plan", "--help");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("Usage: exoplan plan"), r.out());
            assertTrue(r.out().contains("Treatment goal, as the price sheet names it"), r.out());
            assertTrue(r.out().contains("Show this help message and exit."), r.out());
            assertTrue(r.out().contains("\nExamples:\n  exoplan plan --goal skin"), r.out());
        }

        @Test
        void planHelp_underAJapaneseLocale_isJapanese() {
            Result r = japaneseLocale("plan", "--help");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("使い方: exoplan plan"), r.out());
            assertTrue(r.out().contains("治療の目的。"), r.out());
            assertTrue(r.out().contains("このヘルプを表示して終了します。"), r.out());
            assertTrue(r.out().contains("\n例:\n  exoplan plan --goal skin"), r.out());
            assertFalse(r.out().contains("Treatment goal"), r.out());
        }

        @Test
        void planHelp_withLangJaAnywhere_isJapanese() {
            String expected = japaneseLocale("plan", "--help").out();
            assertEquals(expected, exoplan("plan", "--help", "--lang", "ja").out());
            assertEquals(expected, exoplan("plan", "--lang=ja", "--help").out());
            assertEquals(expected, exoplan("plan", "--goal", "skin", "--help", "--lang", "JA").out());
        }

        @Test
        void planHelp_withLangEnUnderAJapaneseLocale_isEnglish() {
            assertEquals(exoplan("plan", "--help").out(), japaneseLocale("plan", "--help", "--lang", "en").out());
        }

        @Test
        void langAfterTheEndOfOptionsOrUnknown_leavesTheLocalesLanguage() {
            assertEquals(Language.EN, Cli.language(new String[] {"validate", "--", "--lang", "ja"},
                    new Environment(Run.TODAY, Map.of(), System.in, Locale.US, false, false)));
            assertEquals(Language.EN, Cli.language(new String[] {"plan", "--lang", "fr"},
                    new Environment(Run.TODAY, Map.of(), System.in, Locale.US, false, false)));
        }

        @Test
        void everyCommandsHelp_underAJapaneseLocale_differsFromTheEnglishAndIsJapanese() {
            for (String command : new String[] {"plan", "list", "goals", "methods", "compare", "quote", "validate",
                "schema", "completion"}) {
                Result ja = japaneseLocale(command, "--help");
                Result en = exoplan(command, "--help");
                assertEquals(0, ja.code(), command + ": " + ja.err());
                assertTrue(ja.out().startsWith("使い方: exoplan " + command), ja.out());
                assertTrue(en.out().startsWith("Usage: exoplan " + command), en.out());
                assertNotEquals(en.out(), ja.out(), command);
            }
        }

        @Test
        void topHelp_underAJapaneseLocale_listsTheCommandsInJapanese() {
            Result r = japaneseLocale("--help");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("コマンド:\n  plan "), r.out());
            assertTrue(r.out().contains("\n終了コード:\n  0    成功"), r.out());
            assertTrue(r.out().contains("医学的な助言でもありません"), r.out());
        }

        @Test
        void goalsAndMethods_haveTheirOwnDescriptions() {
            assertTrue(exoplan("goals", "--help").out().contains("Lists the goals of the price sheet"));
            assertTrue(exoplan("methods", "--help").out().contains("Lists the delivery methods"));
            assertTrue(exoplan("list", "--help").out().contains("Lists what the price sheet offers"));
        }
    }

    @Nested
    class Variables {

        @Test
        void candidatesAndDefaults_areFilledIn_inBothLanguages() {
            assertTrue(exoplan("plan", "--help").out().contains("Output format: text, json, html (default: text)."));
            assertTrue(japaneseLocale("plan", "--help").out().contains("出力形式：text, json, html（既定：text）。"));
            String compare = exoplan("compare", "--help").out().replaceAll("\\s+", " ");
            assertTrue(compare.contains("Output format: text, json, csv, markdown, html (default: text)."), compare);
            String ja = japaneseLocale("compare", "--help").out().replaceAll("\\s+", "");
            assertTrue(ja.contains("出力形式：text,json,csv,markdown,html（既定：text）。"), ja);
            String validate = exoplan("validate", "--help").out().replaceAll("\\s+", " ");
            assertTrue(validate.contains("Run only these warning checks (repeatable): unknown-fields, labels,"), validate);
            assertTrue(validate.contains("(default: 1000; 0 shows all)"), validate);
        }

        @Test
        void monthsHelp_namesTheHorizonsBounds() {
            String help = exoplan("plan", "--help").out().replaceAll("\\s+", " ");
            assertTrue(help.contains("in months: " + Horizon.MIN_MONTHS + " to " + Horizon.MAX_MONTHS
                    + " (default: 12)"), help);
            String ja = japaneseLocale("plan", "--help").out().replaceAll("\\s+", "");
            assertTrue(ja.contains(Horizon.MIN_MONTHS + "〜" + Horizon.MAX_MONTHS + "（既定：12）"), ja);
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void anUnknownFilterId_isReportedInTheChosenLanguage() {
            Result en = exoplan("compare", "--goal", "skin", "--method", "ivv");
            assertEquals(2, en.code());
            assertTrue(en.err().startsWith("exoplan compare: --method: unknown method 'ivv'; did you mean 'iv'? "
                    + "methods in this sheet: "), en.err());
            Result ja = exoplan("compare", "--goal", "skin", "--method", "ivv", "--lang", "ja");
            assertEquals(2, ja.code());
            assertTrue(ja.err().startsWith("exoplan compare: --method: 投与方法 'ivv' はありません。もしかして 'iv' "
                    + "ですか？ この料金表の投与方法："), ja.err());
        }

        @Test
        void anUnknownOptionWithNothingClose_pointsToHelpInTheLanguage() {
            Result r = japaneseLocale("plan", "--zzzzzz", "skin");
            assertEquals(2, r.code());
            assertEquals("exoplan plan: '--zzzzzz' というオプションはありません。使えるオプションは 'exoplan plan --help' "
                    + "で表示できます\n", r.err());
        }

        @Test
        void aMissingGoal_isReportedInJapanese() {
            Result r = japaneseLocale("plan", "--method", "iv");
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("exoplan plan: --goal を指定してください。この料金表の目的：skin"), r.err());
        }
    }
}
