package dev.exoplan.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.core.check.Finding;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.sheet.PriceSheets;
import dev.exoplan.io.sheet.SheetFinding;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * E-SYNTAX in exoplan's words, English and Japanese: what was expected, what stands there, the likely
 * cause and its fix; never the JSON parser's own English.
 */
class JsonSyntaxTests {

    /** "message — fix" of the one syntax error in {@code json}, in {@code language}. */
    private static String said(String json, Language language) {
        List<Finding> syntax = PriceSheets.check(json.getBytes(UTF_8), "t.json", false).findings().stream()
                .map(SheetFinding::finding).filter(f -> f.code().equals("E-SYNTAX")).toList();
        assertEquals(1, syntax.size(), () -> "expected one E-SYNTAX: " + syntax);
        Finding f = syntax.get(0);
        return f.message(language) + " — " + f.fix(language);
    }

    private static String english(String json) {
        return said(json, Language.EN);
    }

    private static String japanese(String json) {
        return said(json, Language.JA);
    }

    @Nested
    class TheLikelyCause {

        @Test
        void aCommaAfterTheLastField_isNamedATrailingComma() {
            assertEquals("expected a field name in double quotes, found '}': likely a trailing comma after the last "
                    + "entry — remove the comma before the closing bracket; JSON allows no comma after the last entry",
                    english("{\"a\": 1,}"));
            assertEquals("二重引用符で囲んだ項目名が必要な位置に'}'があります（原因はおそらく最後の項目の後のカンマ）"
                    + " — 閉じ括弧の前のカンマを削除してください（JSON では最後の項目の後にカンマを付けられません）",
                    japanese("{\"a\": 1,}"));
        }

        @Test
        void aCommaAfterTheLastValueOfAList_isNamedATrailingComma() {
            assertEquals("expected a value (a number, a text in double quotes, true, false, null, an object or a "
                    + "list), found ']': likely a trailing comma after the last entry — remove the comma before the "
                    + "closing bracket; JSON allows no comma after the last entry", english("[1,]"));
        }

        @Test
        void aSlashComment_isNamedAComment() {
            assertEquals("unexpected '/': likely a comment (// or /* */), which JSON does not allow — remove the "
                    + "comment; a note for people can go in a \"notice\" text",
                    english("{\n  // prices from 2025\n  \"schemaVersion\": 1}"));
            assertEquals("この位置に'/'があります（原因はおそらくJSON では使えないコメント（// や /* */）） — コメントを"
                    + "削除してください（人に向けた注記は \"notice\" の文字列に書けます）",
                    japanese("{\"a\": /* x */ 1}"));
        }

        @Test
        void aFullWidthDigit_isNamedWithItsAsciiDigit() {
            assertEquals("expected a value (a number, a text in double quotes, true, false, null, an object or a "
                    + "list), found '８': likely a full-width digit such as ８ (全角数字) — write the number in ASCII "
                    + "digits: 8 for ８", english("{\"min\": ８0000}"));
            assertEquals("値（数値、二重引用符で囲んだ文字列、true・false・null、オブジェクトまたは配列）が必要な位置に"
                    + "'８'があります（原因はおそらく全角数字（８ など）） — 半角数字で書いてください（８ は 8）",
                    japanese("{\"min\": ８0000}"));
        }

        @Test
        void aFullWidthColon_isNamedWithItsAsciiColon() {
            assertEquals("expected a colon (:) after the field name, found '：': likely the full-width character ： "
                    + "(全角文字) — write the ASCII : in place of the full-width ：", english("{\"a\"： 1}"));
        }

        @Test
        void aPriceWithAThousandsComma_isNamedAPrice() {
            // after "80," a field name is due, and "000" stands there
            assertEquals("expected a field name in double quotes, found '0': likely a price written as \"80,000円\" "
                    + "(with a comma between thousands or a currency sign) — write the amount as a plain number: "
                    + "\"80,000円\" → 80000", english("{\"min\": 80,000円}"));
            assertEquals("二重引用符で囲んだ項目名が必要な位置に'0'があります（原因はおそらく「80,000円」のように書いた"
                    + "金額（3桁区切りのカンマや通貨記号付き）） — 金額は数字だけで書いてください：「80,000円」→ 80000",
                    japanese("{\"min\": 80,000円}"));
        }

        @Test
        void aPriceWithTheYenKanjiOrSign_isNamedAPrice() {
            assertEquals("expected a comma (,) between two fields, found '円': likely a price written as \"80,000円\" "
                    + "(with a comma between thousands or a currency sign) — write the amount as a plain number: "
                    + "\"80,000円\" → 80000", english("{\"min\": 80000円}"));
            assertEquals("expected a value (a number, a text in double quotes, true, false, null, an object or a "
                    + "list), found the word '¥80000': likely a price written as \"80,000円\" (with a comma between "
                    + "thousands or a currency sign) — write the amount as a plain number: \"80,000円\" → 80000",
                    english("{\"min\": ¥80000}"));
        }

        @Test
        void singleQuotes_areNamed() {
            assertEquals("expected a field name in double quotes, found ''': likely a text in single quotes — put "
                    + "texts and field names in double quotes (\")", english("{'a': 1}"));
        }

        @Test
        void aMissingComma_isNamedWhereTheNextFieldStarts() {
            assertEquals("expected a comma (,) between two fields, found '\"': likely a missing comma after the value "
                    + "before it — put a comma (,) after the value before this place",
                    english("{\n  \"schemaVersion\": 1\n  \"currency\": \"JPY\"\n}\n"));
            assertEquals("項目を区切るカンマ（,）が必要な位置に'\"'があります（原因はおそらく直前の値の後のカンマの抜け）"
                    + " — この位置の前の値の後にカンマ（,）を付けてください",
                    japanese("{\n  \"schemaVersion\": 1\n  \"currency\": \"JPY\"\n}\n"));
        }

        @Test
        void nan_isNamedNotANumber() {
            assertEquals("expected a value (a number, a text in double quotes, true, false, null, an object or a "
                    + "list), found the word 'NaN': likely NaN or Infinity, which are not numbers in JSON — write a "
                    + "number", english("{\"min\": NaN}"));
        }
    }

    @Nested
    class WithoutALikelyCause {

        @Test
        void aFileCutShort_saysWhatIsStillOpen() {
            assertEquals("expected '}' to close the object, found the end of the file — close every '{' and '[' "
                    + "where its object or list ends; the file may have been cut short", english("{\"a\": 1"));
            assertEquals("オブジェクトを閉じる '}'が必要な位置にファイルの終わりがあります — 開いた '{' と '[' をそれぞれの"
                    + "終わりで閉じてください（ファイルが途中で切れている可能性もあります）", japanese("{\"a\": 1"));
        }

        @Test
        void aTextCutShort_asksForTheClosingQuote() {
            assertEquals("expected a double quote (\") to close the text, found the end of the file — close the text "
                    + "with a double quote (\")", english("{\"currency\": \"JP"));
        }

        @Test
        void theWrongClosingBracket_namesTheRightOne() {
            assertEquals("expected ']' to close the list, found '}' — close every '{' and '[' where its object or "
                    + "list ends; the file may have been cut short", english("{\"a\": [1}"));
        }

        @Test
        void aLineBreakInsideAText_isNamed() {
            assertEquals("expected a double quote (\") to close the text, found a line break inside the text — close "
                    + "the text on its line, or write the line break as \\n", english("{\"a\": \"x\ny\"}"));
        }

        @Test
        void aControlCharacterBetweenTokens_isNamedByItsCode() {
            assertEquals("a control character (code 30) stands where only spaces, tabs and line breaks may — remove "
                    + "the character; a price sheet is plain text", english(" \u001e{}"));
            assertEquals("空白・タブ・改行しか置けない位置に制御文字（コード 30）があります — その文字を削除してください"
                    + "（料金表はテキストファイルです）", japanese(" \u001e{}"));
        }

        @Test
        void aMissingColon_asksForIt() {
            assertEquals("expected a colon (:) after the field name, found '1' — put a colon (:) between the field "
                    + "name and its value", english("{\"a\" 1}"));
        }
    }
}
