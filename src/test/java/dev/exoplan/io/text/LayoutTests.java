package dev.exoplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Tables, Markdown tables and wrapped paragraphs, in terminal columns. */
class LayoutTests {

    /** A lead of 58 columns leaves the narrowest room wrapping allows: 78 - 58 = 20 columns, 10 wide characters. */
    private static final String LEAD = "-".repeat(57) + " ";
    private static final String INDENT = " ".repeat(58);

    private static String wrapped(String lead, String text) {
        StringBuilder out = new StringBuilder();
        Layout.wrap(lead, text, out);
        return out.toString();
    }

    @Nested
    class Tables {

        @Test
        void columnsArePaddedToTheirWidestCellInColumns_numbersToTheRight() {
            // Column 1: 項目 2+2 = 4, 初診料 2+2+2 = 6, "🚀 cream" 2+1+5 = 8 → 8.
            // Column 2: 金額 4, 5,000円 5+2 = 7, 300 3 → 7, right-aligned. Lines start with two spaces.
            StringBuilder out = new StringBuilder();
            Layout.table(List.of(new String[] {"項目", "金額"}, new String[] {"初診料", "5,000円"},
                    new String[] {"🚀 cream", "300"}), new boolean[] {false, true}, "  ", out);

            assertEquals("  項目" + " ".repeat(8 - 4) + "  " + " ".repeat(7 - 4) + "金額\n"
                    + "  初診料" + " ".repeat(8 - 6) + "  5,000円\n"
                    + "  🚀 cream" + "  " + " ".repeat(7 - 3) + "300\n", out.toString());
        }

        @Test
        void aLeftAlignedLastColumn_leavesNoTrailingSpaces() {
            // Widths 2 and 2 (初 is 2): "  a " + " " + "x " would end in a space; it is stripped.
            StringBuilder out = new StringBuilder();
            Layout.table(List.of(new String[] {"a", "x"}, new String[] {"bb", "初"}), new boolean[] {false, false},
                    " ", out);

            assertEquals("  a  x\n  bb 初\n", out.toString());
        }
    }

    @Nested
    class Markdown {

        @Test
        void theRuleFollowsTheHeader_rightColumnsEndInAColon_cellsPaddedInColumns() {
            // Column 1: max(3, 項目 4, 初診料 6) = 6; column 2: max(3, 金額 4, 5,000円 7) = 7, right-aligned,
            // so its rule is 6 dashes and a colon.
            StringBuilder out = new StringBuilder();
            Layout.markdown(List.of(new String[] {"項目", "金額"}, new String[] {"初診料", "5,000円"}),
                    new boolean[] {false, true}, out);

            assertEquals("| 項目   |    金額 |\n"
                    + "| ------ | ------: |\n"
                    + "| 初診料 | 5,000円 |\n", out.toString());
        }

        @Test
        void aColumnIsAtLeastThreeWide_asTheRuleNeedsThreeDashes() {
            StringBuilder out = new StringBuilder();
            Layout.markdown(List.of(new String[] {"a", "b"}, new String[] {"c", "d"}), new boolean[] {false, false},
                    out);

            assertEquals("| a   | b   |\n| --- | --- |\n| c   | d   |\n", out.toString());
        }
    }

    @Nested
    class EnglishWrapping {

        @Test
        void aShortText_isOneLineAfterTheLead() {
            assertEquals("Note: three words here\n", wrapped("Note: ", "three words here"));
        }

        @Test
        void wrapsAtSpacesWithin78Columns_continuationsIndentedUnderTheText() {
            // "Note: " is 6 columns, leaving 72. Each "word " is 5 (its space counted): 14 of them make 70,
            // a 15th would make 75 > 72. So 14 words, then the other 6, indented by 6.
            String text = "word ".repeat(19) + "word";

            assertEquals("Note: " + ("word ".repeat(13) + "word") + "\n"
                    + "      " + ("word ".repeat(5) + "word") + "\n", wrapped("Note: ", text));
        }

        @Test
        void aHyphenatedWord_isNeverBroken_thoughTheJdkRulesWouldBreakAfterTheHyphen() {
            // Room 20: "aaaaaaaaaa " is 11, "self-pay" 8 → 19 fits; "bbbb " 5 more → 24 > 20.
            assertEquals(LEAD + "aaaaaaaaaa self-pay\n" + INDENT + "bbbb\n", wrapped(LEAD, "aaaaaaaaaa self-pay bbbb"));
            // Room 20: "aaaaaaaaaaaaaaaa " is 17, "self-pay" 8 → 25 > 20: the whole word moves.
            assertEquals(LEAD + "aaaaaaaaaaaaaaaa\n" + INDENT + "self-pay\n", wrapped(LEAD, "aaaaaaaaaaaaaaaa self-pay"));
        }

        @Test
        void aWordLongerThanTheRoom_standsAloneOnItsLine() {
            String longWord = "x".repeat(30);

            assertEquals(LEAD + "a\n" + INDENT + longWord + "\n" + INDENT + "b\n", wrapped(LEAD, "a " + longWord + " b"));
        }
    }

    @Nested
    class JapaneseWrapping {

        @Test
        void japanese_breaksBetweenCharacters_tenWideOnesToTwentyColumns() {
            // 12 wide characters, 2 columns each: 10 fill the 20 columns, 2 go on.
            assertEquals(LEAD + "あいうえおかきくけこ\n" + INDENT + "さし\n", wrapped(LEAD, "あいうえおかきくけこさし"));
        }

        @Test
        void latinTextAfterAFullStop_mayStartTheNextLine() {
            // あ…く 8 × 2 = 16 and 。 2: 18 columns; "--lang" (6) would make 24 > 20. Before, す。--lang was one
            // piece, so the line broke before the last kana and left 。--lang hanging on the next.
            assertEquals(LEAD + "あいうえおかきく。\n" + INDENT + "--lang ja\n", wrapped(LEAD, "あいうえおかきく。--lang ja"));
        }

        @Test
        void aWaveDashKeepsItsNumber() {
            // 1〜8 stays whole: the line breaks before it, not after 〜 (16 + 1〜8 = 16 + 4 = 20 fits; +週 22 does not).
            assertEquals(LEAD + "あいうえおかきく1〜8\n" + INDENT + "週間\n", wrapped(LEAD, "あいうえおかきく1〜8週間"));
        }

        @Test
        void anOpeningBracket_neverEndsALine() {
            // あ…け are 9 × 2 = 18 columns; 「 would fit (18 + 2 = 20), but 「 stays with こ: 「こ is 4,
            // 18 + 4 = 22 > 20, so the line breaks before 「. (Before this change the first line ended in 「.)
            assertEquals(LEAD + "あいうえおかきくけ\n" + INDENT + "「こさ」\n", wrapped(LEAD, "あいうえおかきくけ「こさ」"));
        }

        @Test
        void aFullWidthOpeningParenthesis_neverEndsALine() {
            // As for 「: 18 + （税 4 = 22 > 20.
            assertEquals(LEAD + "あいうえおかきくけ\n" + INDENT + "（税込）\n", wrapped(LEAD, "あいうえおかきくけ（税込）"));
        }

        @Test
        void anAsciiParenthesisBeforeJapanese_neverEndsALine() {
            // あ…く 8 × 2 = 16; "け(" would be 3 (19) and end the line in "(", but "け(こ" is one piece of
            // 2 + 1 + 2 = 5: 16 + 5 = 21 > 20, so the break comes before け.
            assertEquals(LEAD + "あいうえおかきく\n" + INDENT + "け(こさ)\n", wrapped(LEAD, "あいうえおかきくけ(こさ)"));
        }

        @Test
        void aFullStop_neverStartsALine_itGoesWithTheCharacterBefore() {
            // あ…け 18; こ。 is one piece of 4: 18 + 4 = 22 > 20, so こ。 starts the next line (as before).
            assertEquals(LEAD + "あいうえおかきくけ\n" + INDENT + "こ。さ\n", wrapped(LEAD, "あいうえおかきくけこ。さ"));
        }

        @Test
        void aClosingBracketAndAComma_neverStartALine() {
            // あ…く 16; け」、 is one piece of 6: 16 + 6 = 22 > 20.
            assertEquals(LEAD + "あいうえおかきく\n" + INDENT + "け」、こ\n", wrapped(LEAD, "あいうえおかきくけ」、こ"));
        }

        @Test
        void aSmallKanaAndTheLongVowelMark_neverStartALine() {
            // あ…け 18; ク would fit (20), but クッ is one piece (no line starts with ッ): 18 + 4 = 22 > 20.
            assertEquals(LEAD + "あいうえおかきくけ\n" + INDENT + "クッキー\n", wrapped(LEAD, "あいうえおかきくけクッキー"));
        }

        @Test
        void anEmoji_takesTwoColumnsOfTheLine() {
            // 🚀 2 + あ…く 8 × 2 = 18; け would make 20 and fits, こ 22 does not.
            assertEquals(LEAD + "🚀あいうえおかきくけ\n" + INDENT + "こ\n", wrapped(LEAD, "🚀あいうえおかきくけこ"));
        }

        @Test
        void englishInsideJapanese_staysWhole_andBreaksAtItsSpaces() {
            // "IV drip" is "IV " 3 and "drip" 4; before it 点滴は 6: 6 + 3 + 4 = 13, then です 4 → 17 fits.
            assertEquals("x 点滴はIV dripです\n", wrapped("x ", "点滴はIV dripです"));
        }
    }
}
