package dev.exoplan.io.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.io.file.StandardOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * quote's CSV is written as UTF-8 bytes where the writer takes them ({@link dev.exoplan.io.file.Utf8Sink}:
 * standard output and --output files) and as text elsewhere: the same characters either way, every
 * text cell made by SafeText.csvCell, every number in plain digits.
 */
class CsvTableTests {

    private static final String LONG_NAME = "名前,\"".repeat(12_000); // 72,000 bytes: more than the buffer

    private static Quote row(String clinic, String name, long total, int sessions) {
        Quote.Totals t = new Quote.Totals(sessions, total, total / 11, 0);
        return new Quote(clinic, LocalizedText.plain(name), "skin", "iv", LocalDate.of(2027, 1, 4), 12,
                Monetary.getCurrency("JPY"), t, t, t, total / 12);
    }

    private static final List<Quote> ROWS = List.of(
            row("a", "=HYPERLINK(\"x\")", 0, 0),
            row("b", "Clinic, with \"quotes\"\r\nand lines", 9, 9),
            row("c", "クリニック 😀", 10, 10),
            row("d", LONG_NAME, 99, 99),
            row("e", "-1", 100, 100),
            row("f", "\t@x", 999_999_999_999_999_999L, Integer.MAX_VALUE),
            row("g", "plain", Long.MAX_VALUE, 1));

    private static void writeRows(Writer out, boolean bom) throws IOException {
        QuoteTable table = QuoteTable.create(QuoteTable.Format.CSV, out, Language.EN, bom,
                new QuoteTable.Columns(false, true, true), false);
        int request = 1;
        for (Quote q : ROWS) {
            table.write(q, request, request == 2 ? "id,2" : request == 3 ? null : "r" + request);
            request++;
        }
        table.finish();
    }

    @Test
    void theBytesWrittenToStandardOutput_areTheTextAWriterGets_withTheByteOrderMarkFirst() throws IOException {
        StringWriter text = new StringWriter();
        writeRows(text, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StandardOutput out = new StandardOutput(bytes);
        writeRows(out, true);
        out.flush();
        assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
        assertEquals('\uFEFF', text.toString().charAt(0));
    }

    @Test
    void everyCell_isSafeTextsCellOrPlainDigits() throws IOException {
        StringWriter text = new StringWriter();
        writeRows(text, false);
        String csv = text.toString();
        // A=HYPERLINK is defused with an apostrophe and quoted (it has quotes); tax is total ÷ 11 rounded down,
        // monthly total ÷ 12: 999,999,999,999,999,999 ÷ 11 = 90,909,090,909,090,909 (…909 × 11 = …999).
        String expected = "clinic,clinic_name,goal,method,start,months,currency,sessions_low,sessions_typical,"
                + "sessions_high,total_low,total_typical,total_high,tax_low,tax_typical,tax_high,monthly_typical,"
                + "request,id,prepaid\n"
                + "a,\"'=HYPERLINK(\"\"x\"\")\",skin,iv,2027-01-04,12,JPY,0,0,0,0,0,0,0,0,0,0,1,r1,0\n"
                + "b,\"Clinic, with \"\"quotes\"\"\r\nand lines\",skin,iv,2027-01-04,12,JPY,9,9,9,9,9,9,0,0,0,0,2,"
                + "\"id,2\",0\n"
                + "c,クリニック 😀,skin,iv,2027-01-04,12,JPY,10,10,10,10,10,10,0,0,0,0,3,,0\n"
                + "d,\"" + LONG_NAME.replace("\"", "\"\"") + "\",skin,iv,2027-01-04,12,JPY,99,99,99,99,99,99,9,9,9,8,"
                + "4,r4,0\n"
                + "e,'-1,skin,iv,2027-01-04,12,JPY,100,100,100,100,100,100,9,9,9,8,5,r5,0\n"
                + "f,'\t@x,skin,iv,2027-01-04,12,JPY,2147483647,2147483647,2147483647,999999999999999999,"
                + "999999999999999999,999999999999999999,90909090909090909,90909090909090909,90909090909090909,"
                + "83333333333333333,6,r6,0\n"
                + "g,plain,skin,iv,2027-01-04,12,JPY,1,1,1,9223372036854775807,9223372036854775807,9223372036854775807,"
                + "838488366986797800,838488366986797800,838488366986797800,768614336404564650,7,r7,0\n";
        assertEquals(expected, csv);
    }

    @Test
    void aTableWithoutRows_isItsHeaderAlone() throws IOException {
        StringWriter text = new StringWriter();
        QuoteTable.create(QuoteTable.Format.CSV, text, Language.EN, false, false).finish();
        assertEquals(String.join(",", QuoteTable.columns(false)) + "\n", text.toString());
    }
}
