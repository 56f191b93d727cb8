package dev.exoplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        void aWaveDashKeepsItsNumber_andTheNumberItsUnit() {
            // 1〜8週間 is one piece of 1 + 2 + 1 + 4 = 8: 16 + 8 = 24 > 20, so it starts the next line whole
            // (before, the line broke between 8 and 週).
            assertEquals(LEAD + "あいうえおかきく\n" + INDENT + "1〜8週間\n", wrapped(LEAD, "あいうえおかきく1〜8週間"));
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
            // 🚀 2 + あ…く 8 × 2 = 18; け would make 20 and fits, こ 22 does not. (あ…そ is a phrase of 30,
            // wider than the line, so it breaks between its characters.)
            assertEquals(LEAD + "🚀あいうえおかきくけ\n" + INDENT + "こさしすせそ\n", wrapped(LEAD, "🚀あいうえおかきくけこさしすせそ"));
        }

        @Test
        void englishInsideJapanese_staysWhole_andBreaksAtItsSpaces() {
            // "IV drip" is "IV " 3 and "drip" 4; before it 点滴は 6: 6 + 3 + 4 = 13, then です 4 → 17 fits.
            assertEquals("x 点滴はIV dripです\n", wrapped("x ", "点滴はIV dripです"));
        }
    }

    /**
     * Japanese line breaking (JIS X 4051's basic rules) where the JDK's rules alone go wrong: each text is
     * wrapped into a room of its width less one column, or the given room, and the lines are joined with
     * "|". Each case says where the one break must fall and why it cannot fall one character later.
     */
    @Nested
    class JapaneseHardCases {

        @ParameterizedTest(name = "{0} in {1} columns → {2}")
        @CsvSource(delimiter = ';', value = {
            // あいう 6, then 374,000円 (7 + 2 = 9) whole: 15 > 14, so it moves whole (JDK: 374,000|円).
            "あいう374,000円です;14;あいう|374,000円です",
            // ¥374,000 is 8 with its sign: 6 + 8 = 14 > 12 (JDK breaks after ¥ no more than here).
            "あいう¥374,000です;12;あいう|¥374,000です",
            // 50万円 is 2 + 2 + 2 = 6 whole, and は goes with it (a particle after a kanji): あいう 6 + 50万円は
            // 8 = 14 > 12.
            "あいう50万円は;12;あいう|50万円は",
            // 2027年2月15日(月) is 4 + 2 + 1 + 2 + 2 + 2 + (1 + 2 + 1) = 17 whole: 予定 4 + 17 = 21 > 20
            // (never 2027年2月15|日(月)); です (4) is a phrase of its own after ")": 17 + 4 = 21 > 20.
            "予定2027年2月15日(月)です;20;予定|2027年2月15日(月)|です",
            // メンテナンス is a katakana word of 12: 4 (次の) + 12 = 16 > 14, so it moves whole (was メン|テナンス).
            "次のメンテナンスへ;14;次の|メンテナンスへ",
            // "Latin" is a word: 6 + 5 = 11 > 10.
            "あいうLatinです;10;あいう|Latinです",
            // 有利です。 is one phrase of 10 (kanji with kanji, then hiragana): とても 6 + 10 = 16 > 12, so it
            // moves whole (was 有利で|す。).
            "とても有利です。次;12;とても|有利です。次",
            // The honorific ご stays with its kanji: クリニックに 12 + ご確認ください 14 > 20.
            "クリニックにご確認ください;20;クリニックに|ご確認ください",
            // A phrase wider than the line breaks between characters, and 。 still stays with す: 有利です。
            // is 10 > 8.
            "有利です。次;8;有利で|す。次",
            // 「 never ends a line (かきく「 would fit 8), 」 and 、 never start one: 「あ 4 + い」、 6 > 8.
            "かきく「あい」、う;8;かきく|「あ|い」、う",
            // ー and ・ never start a line (ビュ|ー, ビュー|・); after ・ a line may break: の 2 + ビュー・ 8 > 8.
            "のビュー・あ;8;の|ビュー・|あ",
            // Break after 、 rather than later when the line stays three quarters full: after あいうえお、 (12 of
            // room 14 ≥ 10.5) though かき (4) would fit up to 14 with か.
            "あいうえお、かきくけこ;14;あいうえお、|かきくけこ",
            // A 、 too early is not preferred: あ、 is 4 of 14 < 10.5, so the line is filled.
            "あ、いうえおかきくけこ;14;あ、いうえおか|きくけこ",
            // 2027年2月 (a month without a day, 9) and 3か月 (5) stay whole: ああ 4 + 9 = 13 > 12; 9 + か 2 = 11,
            // ら 13 > 12; ら 2 + 3か月 5 = 7.
            "ああ2027年2月から3か月;12;ああ|2027年2月か|ら3か月",
            // 4回目 and 1/4回目 keep their counters.
            "あいうえ1/4回目;10;あいうえ|1/4回目",
        })
        void aHardCase_breaksWhereJapaneseReadersExpect(String text, int room, String expected) {
            assertEquals(expected, String.join("|", Layout.lines(text, room)));
        }

        @Test
        void anEnglishDate_andAnAmountWithItsSign_stayOnOneLine() {
            // "Paid on " 8, "Mon 15 Feb 2027" 15: 23 > 20, so the date moves whole, never "Mon 15" | "Feb 2027".
            assertEquals("Paid on|Mon 15 Feb 2027 by|JPY 150,000", String.join("|",
                    Layout.lines("Paid on Mon 15 Feb 2027 by JPY 150,000", 20)));
        }
    }
}
