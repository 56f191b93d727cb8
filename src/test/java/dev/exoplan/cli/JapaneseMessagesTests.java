package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.cli.Run.Result;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
        void plan_noClinicInASheetWithTwo_isJapaneseUnderAJapaneseLocale() {
            assertError(ExitCodes.USAGE, "exoplan plan: --clinic: 料金表にクリニックが 2 件あるため、クリニックを選んで"
                    + "ください。目的 skin で iv の料金があるクリニック：sample-a, sample-b",
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
}
