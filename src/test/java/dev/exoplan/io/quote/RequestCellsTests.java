package dev.exoplan.io.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.text.Language;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A request row's cells typed into a request: defaults for blank cells, and each cell's refusal. */
class RequestCellsTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    /** Every default given: goal skin, method iv, clinic sample-a, 12 months from START, variant 2cc. */
    private static final RequestCells.Defaults ALL = new RequestCells.Defaults(Optional.of("skin"), Optional.of("iv"),
            Optional.of("sample-a"), START, 12, Optional.of("2cc"));

    /** Only the period: no goal, method, clinic or variant of its own. */
    private static final RequestCells.Defaults PERIOD = new RequestCells.Defaults(Optional.empty(), Optional.empty(),
            Optional.empty(), START, 12, Optional.empty());

    private static QuoteRequests.Row row(String goal, String method, String clinic, String start, String months,
            String variant) {
        return new QuoteRequests.Row(2, 1, goal, method, clinic, start, months, variant, null);
    }

    private static String refusal(RequestCells.Defaults defaults, Language language, QuoteRequests.Row row) {
        return assertThrows(RequestCells.BadCell.class, () -> new RequestCells(defaults, language).request(row))
                .getMessage();
    }

    @Nested
    class Typed {

        @Test
        void cells_winOverTheDefaults() {
            assertEquals(new PlanRequest("hair", "injection", Optional.of("sample-b"), LocalDate.of(2027, 2, 28), 24,
                    Optional.of("face")),
                    new RequestCells(ALL, Language.EN).request(row("hair", "injection", "sample-b", "2027-02-28",
                            "24", "face")));
        }

        @Test
        void blankCells_takeTheDefaults() {
            assertEquals(new PlanRequest("skin", "iv", Optional.of("sample-a"), START, 12, Optional.of("2cc")),
                    new RequestCells(ALL, Language.EN).request(row(null, null, null, null, null, null)));
        }

        @Test
        void blankClinicAndVariantWithoutDefaults_areNone() {
            assertEquals(new PlanRequest("skin", "iv", Optional.empty(), START, 12, Optional.empty()),
                    new RequestCells(PERIOD, Language.EN).request(row("skin", "iv", null, null, null, null)));
        }

        @Test
        void monthsOutOfRange_areLeftToThePlanner() {
            // 999 is a whole number: the horizon's bounds are the planner's refusal, not the cell's.
            assertEquals(999, new RequestCells(ALL, Language.EN).request(row(null, null, null, null, "999", null))
                    .months());
        }
    }

    @Nested
    class Refused {

        @Test
        void blankGoal_withoutDefault() {
            assertEquals("no goal: the cell is blank and --goal is not given",
                    refusal(PERIOD, Language.EN, row(null, "iv", null, null, null, null)));
        }

        @Test
        void blankMethod_withoutDefault() {
            assertEquals("no method: the cell is blank and --method is not given",
                    refusal(PERIOD, Language.EN, row("skin", null, null, null, null, null)));
        }

        @Test
        void blankGoal_isNamedBeforeBlankMethod() {
            assertEquals("no goal: the cell is blank and --goal is not given",
                    refusal(PERIOD, Language.EN, row(null, null, null, "someday", "x", null)));
        }

        @Test
        void startThatIsNotADay_withJavaTimesReasonInEnglish() {
            assertEquals("start '2027-02-29' is not a date (Invalid date 'February 29' as '2027' is not a leap "
                    + "year); write YYYY-MM-DD, such as 2027-01-04",
                    refusal(ALL, Language.EN, row(null, null, null, "2027-02-29", null, null)));
        }

        @Test
        void startThatIsNotADay_inJapanese() {
            assertEquals("start 列：'2027-13-01' は日付ではありません（月は 01〜12 で、13 月はありません）。"
                    + "YYYY-MM-DD の形で、2027-01-04 のように書いてください",
                    refusal(ALL, Language.JA, row(null, null, null, "2027-13-01", null, null)));
        }

        @Test
        void startIsNamedBeforeMonths() {
            assertEquals("start 'soon' is not a date; write YYYY-MM-DD, such as 2027-01-04",
                    refusal(ALL, Language.EN, row(null, null, null, "soon", "1x", null)));
        }

        @Test
        void monthsThatAreNotAWholeNumber() {
            assertEquals("months '1.5' is not a whole number; write one from 1 to 120",
                    refusal(ALL, Language.EN, row(null, null, null, null, "1.5", null)));
        }
    }
}
