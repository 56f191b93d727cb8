package dev.exoplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.exoplan.io.quote.QuoteTable;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link SafeText}: what each output makes of a text from a sheet. */
class SafeTextTests {

    @Nested
    class ForPeople {

        @Test
        void ordinaryText_isTheSameStringNotACopy() {
            String name = "美肌クリニック Sample Clinic (fictional) 😀";
            assertSame(name, SafeText.forPeople(name));
        }

        @Test
        void lineBreaksAndTabs_becomeSpaces() {
            assertEquals("a b c d", SafeText.forPeople("a\rb\nc\td"));
        }

        @Test
        void escapesDelC1SeparatorsAndBidiMarks_becomeReplacementCharacters() {
            // ESC, U+009B (CSI), DEL, U+2028, U+2029, U+202E (RLO), U+2066 (LRI): seven replaced
            assertEquals("\uFFFD[31m \uFFFD2J \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD",
                    SafeText.forPeople("\u001b[31m \u009b2J \u007f \u2028 \u2029 \u202e \u2066"));
        }

        @Test
        void aLoneSurrogate_becomesAReplacementCharacter_aPairStays() {
            assertEquals("a\uFFFDb\uFFFD😀", SafeText.forPeople("a\ud800b\ude00\ud83d\ude00"));
        }
    }

    @Nested
    class Html {

        @Test
        void ordinaryText_isTheSameStringNotACopy() {
            String name = "美肌クリニック Sample Clinic (fictional) 😀";
            assertSame(name, SafeText.html(name));
        }

        @Test
        void markupCharacters_becomeCharacterReferences() {
            // & < > " ' : the five that could start a tag or an entity or end a quoted attribute value
            assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;a&#39;b&quot;&gt;"
                    + " &amp;amp;", SafeText.html("<script>alert(1)</script> <img src=x onerror=\"a'b\"> &amp;"));
        }

        @Test
        void controlsAndBidiMarks_areNeutralisedAsForPeople() {
            // LF a space; ESC, U+202E, U+2028 U+FFFD, as in every output for people
            assertEquals("a b\uFFFD[31m\uFFFDevil\uFFFDls", SafeText.html("a\nb\u001b[31m\u202eevil\u2028ls"));
        }

        @Test
        void nonCharactersAndLoneSurrogates_becomeReplacementCharacters() {
            // U+FDD0, U+FFFE, U+1FFFF (a pair) and a lone U+DC00: HTML forbids the first three, no encoder
            // writes the last
            assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD😀", SafeText.html("\uFDD0\uFFFE\uD83F\uDFFF\uDC00😀"));
        }
    }

    @Nested
    class Markdown {

        @Test
        void pipesAndBackslashes_areEscaped() {
            assertEquals("a\\|b\\\\c", SafeText.markdownCell("a|b\\c"));
        }

        @Test
        void aFormula_getsAnApostrophe_andLosesItsLineBreaks_andItsPunctuationIsEscaped() {
            assertEquals("\\'\\=1\\+2 x", SafeText.markdownCell("=1+2\nx"));
        }

        @Test
        void japaneseAndEmoji_stayAsTheyAre_onlyThePipeIsEscaped() {
            assertEquals("料金\\|🚀（東京）：", SafeText.markdownCell("料金|🚀（東京）："));
        }

        @Test
        void aLeadingTab_isDefusedBeforeItBecomesASpace() {
            // defused on the text as given, so the same cells get the apostrophe in every format
            assertEquals("\\' \\=1", SafeText.markdownCell("\t=1"));
        }

        @Test
        void everyAsciiPunctuationCharacter_isEscaped_lettersDigitsAndSpacesAreNot() {
            // the 32 characters CommonMark lets a backslash escape; @ and : alone at the end, where they start no link
            assertEquals("a1 \\!\\\"\\#\\$\\%\\&\\'\\(\\)\\*\\+\\,\\-\\.\\/\\;\\<\\=\\>\\?\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~ \\: \\@",
                    SafeText.markdownText("a1 !\"#$%&'()*+,-./;<=>?[\\]^_`{|}~ : @"));
        }

        @Test
        void aTag_anEntityAndALink_areEscapedText() {
            assertEquals("\\<img src\\=x\\> \\&amp\\; \\[a\\]\\(b\\)", SafeText.markdownText("<img src=x> &amp; [a](b)"));
        }

        @Test
        void aColonBeforeAnythingButASpace_isFollowedByAWordJoiner() {
            // "https://" stays text even where a renderer joins the escaped characters before it looks for links
            assertEquals("https\\:\u2060\\/\\/x 10\\:\u206030 Note\\: y", SafeText.markdownText("https://x 10:30 Note: y"));
        }

        @Test
        void wwwAndItsDot_getAWordJoinerBetweenThem_inAnyCase() {
            assertEquals("www\u2060\\.a\\.b WWW\u2060\\.c a\\.b", SafeText.markdownText("www.a.b WWW.c a.b"));
        }

        @Test
        void anAtBeforeAnythingButASpace_becomesFullWidth() {
            // an e-mail address may hold any character beyond ASCII, so only a different @ keeps it text
            assertEquals("a\uFF20b\\.c a \\@ b x\\@", SafeText.markdownText("a@b.c a @ b x@"));
        }

        @Test
        void markdownText_doesNotDefuse_aCellDoes() {
            assertEquals("\\=1", SafeText.markdownText("=1"));
            assertEquals("\\'\\=1", SafeText.markdownCell("=1"));
        }
    }

    @Nested
    class Csv {

        @Test
        void jacksonsStrictQuoting_quotesALoneCrSinceJackson2_23() throws IOException {
            // Why exoplan quotes its text cells itself: with STRICT_CHECK_FOR_QUOTING, Jackson 2.20 wrote
            // a cell holding a lone CR as it is, which splits the row for any reader that ends lines at
            // CR (RFC 4180 allows CR, LF and CRLF). 2.23 quotes it; SafeText.csvCell does either way, so
            // exoplan's CSV does not depend on which Jackson is on the class path.
            StringWriter out = new StringWriter();
            try (CsvGenerator g = QuoteTable.CSV.createGenerator(out)) {
                g.setSchema(CsvSchema.builder().addColumn("a").addColumn("b").build().withoutHeader());
                g.writeStartArray();
                g.writeString("x\ry");
                g.writeString("z");
                g.writeEndArray();
            }
            assertEquals("\"x\ry\",z\n", out.toString());
        }

        @Test
        void aLoneCr_isQuoted() {
            assertEquals("\"x\ry\"", SafeText.csvCell("x\ry", false));
        }

        @Test
        void commasQuotesAndLineFeeds_areQuotedAsRfc4180Says() {
            assertEquals("\"a,b\"", SafeText.csvCell("a,b", false));
            assertEquals("\"a\"\"b\"", SafeText.csvCell("a\"b", false));
            assertEquals("\"a\nb\"", SafeText.csvCell("a\nb", false));
        }

        @Test
        void ordinaryText_isWrittenAsJacksonWroteIt() {
            // no quotes for spaces, a leading #, Japanese or an empty cell, as before
            for (String text : List.of("Sample Clinic A (fictional)", "#1", "美肌", "", " a ")) {
                assertEquals(text, SafeText.csvCell(text, false));
            }
        }

        @Test
        void everyLeadingFormulaCharacter_getsAnApostrophe() {
            assertEquals(List.of("'=1", "'+1", "'-1", "'@A1", "\"'\r1\"", "'\t1", "a=1"),
                    List.of("=1", "+1", "-1", "@A1", "\r1", "\t1", "a=1").stream()
                            .map(t -> SafeText.csvCell(t, false)).toList());
        }

        @Test
        void forAFile_controlsStay_asData() {
            assertEquals("'=\u001b[31m\u0085", SafeText.csvCell("=\u001b[31m\u0085", false));
        }

        @Test
        void forAFile_aLoneSurrogate_becomesAReplacementCharacter_aPairStays() {
            // no encoder can write a lone surrogate; the CSV file gets U+FFFD, as JSON does
            assertEquals("a\uFFFDb😀", SafeText.csvCell("a\ud800b😀", false));
        }

        @Test
        void exoplansOwnAmounts_areQuotedForTheirCommas_andNeverDefused() {
            // quoted() is for exoplan's own text: "-5,000" gets quotes for its comma but no apostrophe
            assertEquals("\"80,000円\"", SafeText.quoted("80,000円"));
            assertEquals("\"-5,000\"", SafeText.quoted("-5,000"));
            assertEquals("-5000", SafeText.quoted("-5000"));
        }

        @Test
        void forATerminal_controlsAreNeutralised_andLineBreaksNeedNoQuotes() {
            assertEquals("'= \uFFFD[31m", SafeText.csvCell("=\r\u001b[31m", true));
        }

        @Test
        void aHostileCell_readsBackAsOneCellOfOneRow() throws IOException {
            String hostile = "=x\ry\nz\"q\",w|\u001b[31m";
            String row = SafeText.csvCell(hostile, false) + ",2\n" + "next,3\n";
            CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(row)) {
                List<List<String>> all = rows.readAll();
                assertEquals(List.of(List.of("'" + hostile, "2"), List.of("next", "3")), all);
            }
        }
    }

    @Test
    void icsText_isNeutralisedAsForPeople() {
        assertEquals("a  \uFFFD", SafeText.icsText("a\r\n\u0007"));
    }

    @Test
    void forJson_keepsControls_forTheEscapes_butNotLoneSurrogates() {
        assertEquals("\u001b\u2028\uFFFD", SafeText.forJson("\u001b\u2028\udc00"));
    }
}
