package dev.exoplan.io.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.core.text.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Request files read line by line: runs of plain lines are parsed together, lines with a quote or a
 * carriage return alone, and every line is still its own row (or bad row) at its own line.
 */
class QuoteRequestsTests {

    private static final String HEADER = "goal,method,clinic\n";

    /** Each entry as "line/request: goal|method|clinic", or "line:column/request! message". */
    private static List<String> read(String text) throws IOException {
        try (QuoteRequests rows = QuoteRequests.open(new StringReader(text), Language.EN)) {
            return entries(rows);
        }
    }

    private static List<String> entries(QuoteRequests rows) {
        List<String> entries = new ArrayList<>();
        while (rows.hasNext()) {
            entries.add(describe(rows.next()));
        }
        return entries;
    }

    private static String describe(QuoteRequests.Entry entry) {
        if (entry instanceof QuoteRequests.Row row) {
            return row.line() + "/" + row.request() + ": " + row.goal() + "|" + row.method() + "|" + row.clinic();
        }
        QuoteRequests.BadRow bad = (QuoteRequests.BadRow) entry;
        return bad.line() + ":" + bad.column() + "/" + bad.request() + "! " + bad.message();
    }

    @Test
    void jsonLinesIds_keepWhatTheyWere_aNumberOrABooleanAsItsText_andCsvIdsAreText() throws IOException {
        List<String> ids = new ArrayList<>();
        try (QuoteRequests rows = QuoteRequests.open(new StringReader("""
                {"goal":"skin","id":17}
                {"goal":"skin","id":-1.50e2}
                {"goal":"skin","id":"17"}
                {"goal":"skin","id":false}
                {"goal":"skin","id":null}
                {"goal":"skin"}
                """), Language.EN)) {
            while (rows.hasNext()) {
                QuoteRequests.Row row = (QuoteRequests.Row) rows.next();
                ids.add(row.id() + " " + row.idType());
            }
        }
        assertEquals(List.of("17 NUMBER", "-1.50e2 NUMBER", "17 TEXT", "false BOOLEAN", "null TEXT", "null TEXT"), ids);
        try (QuoteRequests rows = QuoteRequests.open(new StringReader("goal,id\nskin,17\n"), Language.EN)) {
            QuoteRequests.Row row = (QuoteRequests.Row) rows.next();
            assertEquals("17 TEXT", row.id() + " " + row.idType());
        }
    }

    @Nested
    class PlainLines {

        @Test
        void eachLine_isARowAtItsOwnLine() throws IOException {
            // line 1 the header, line 3 blank: the requests are lines 2, 4 and 5; cells are trimmed, quoted or not
            assertEquals(List.of("2/1: skin|iv|sample-a", "4/2: hair|injection|sample-b", "5/3: ed|tablet|null"),
                    read(HEADER + "skin,iv,sample-a\n\n hair , injection ,sample-b\r\ned,\" tablet \",\n"));
        }

        @Test
        void aLineWithTheWrongNumberOfCells_isABadRowAndTheNextLinesAreRead() throws IOException {
            assertEquals(List.of("2/1: skin|iv|sample-a", "3:0/2! the row has 2 cells but the header has 3 columns;"
                    + " give every row one cell per column (a blank cell takes the default)", "4/3: hair|iv|null",
                    "5:0/4! the row has 4 cells but the header has 3 columns; give every row one cell per column"
                            + " (a blank cell takes the default)", "6/5: ed|iv|sample-b"),
                    read(HEADER + "skin,iv,sample-a\nskin,iv\nhair,iv,\nhair,iv,sample-a,x\ned,iv,sample-b\n"));
        }

        @Test
        void moreLinesThanAreReadAhead_keepTheirLinesAndRequests() throws IOException {
            // 600 requests, a blank line after every 100th: request r is on line 1 + r + (r - 1) / 100
            StringBuilder text = new StringBuilder(HEADER);
            List<String> expected = new ArrayList<>();
            for (int r = 1; r <= 600; r++) {
                text.append("skin,iv,c").append(r).append('\n');
                if (r % 100 == 0) {
                    text.append('\n');
                }
                expected.add((1 + r + (r - 1) / 100) + "/" + r + ": skin|iv|c" + r);
            }
            assertEquals(expected, read(text.toString()));
        }

        @Test
        void aLineLongerThanAReadAheadHoldsIsStillARow() throws IOException {
            String clinic = "c".repeat(40_000); // more than the 16,384 characters read ahead
            assertEquals(List.of("2/1: skin|iv|a", "3/2: skin|iv|" + clinic, "4/3: skin|iv|b"),
                    read(HEADER + "skin,iv,a\nskin,iv," + clinic + "\nskin,iv,b\n"));
        }

        @Test
        void theLastLineWithoutALineBreak_isARow() throws IOException {
            assertEquals(List.of("2/1: skin|iv|a", "3/2: hair|iv|b"), read(HEADER + "skin,iv,a\nhair,iv,b"));
        }
    }

    @Nested
    class LinesParsedAlone {

        @Test
        void aBrokenQuoteBetweenPlainLines_isABadRowAtItsLine() throws IOException {
            assertEquals(List.of("2/1: skin|iv|a", "3:11/2! not CSV here: a quoted cell has no closing quote — end"
                    + " the cell with \" (a quote inside a cell is written \"\")", "4/3: hair|iv|b"),
                    read(HEADER + "skin,iv,a\nskin,iv,\"b\nhair,iv,b\n"));
        }

        @Test
        void textAfterAClosingQuote_isABadRowAtItsLine() throws IOException {
            // the x is column 12; Jackson places the fault where it stopped reading, one further
            assertEquals(List.of("2:13/1! not CSV here: found 'x' after the closing quote of a cell — put a comma"
                    + " after the closing quote, or write a quote inside a cell as \"\"", "3/2: hair|iv|b"),
                    read(HEADER + "skin,iv,\"a\"x\nhair,iv,b\n"));
        }

        @Test
        void aCarriageReturnInsideALine_endsItsRecordAsWhenParsedAlone() throws IOException {
            // "skin,iv\r,a": Jackson ends the record at the CR, so the row has two cells
            assertEquals(List.of("2/1: skin|iv|a", "3:0/2! the row has 2 cells but the header has 3 columns; give"
                    + " every row one cell per column (a blank cell takes the default)", "4/3: hair|iv|b"),
                    read(HEADER + "skin,iv,a\nskin,iv\r,a\nhair,iv,b\n"));
        }

        @Test
        void aQuotedCommaAmongPlainLines_isOneCell() throws IOException {
            assertEquals(List.of("2/1: skin|iv|a", "3/2: skin|iv|a,b", "4/3: hair|iv|b"),
                    read(HEADER + "skin,iv,a\nskin,iv,\"a,b\"\nhair,iv,b\n"));
        }
    }

    @Nested
    class TheFile {

        @Test
        void aByteOrderMark_isSkippedBeforeTheHeader() throws IOException {
            byte[] bytes = ("\uFEFF" + HEADER + "skin,iv,a\n").getBytes(StandardCharsets.UTF_8);
            try (QuoteRequests rows = QuoteRequests.open(new ByteArrayInputStream(bytes), Language.EN)) {
                assertEquals(List.of("2/1: skin|iv|a"), entries(rows));
            }
        }

        @Test
        void aByteThatIsNotUtf8_stopsTheReadingAfterTheRowsBeforeIt() throws IOException {
            byte[] head = (HEADER + "skin,iv,a\nhair,iv,b\n").getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Arrays.copyOf(head, head.length + 2);
            bytes[head.length] = (byte) 0xFF; // never in UTF-8, on line 4
            bytes[head.length + 1] = '\n';
            try (QuoteRequests rows = QuoteRequests.open(new ByteArrayInputStream(bytes), Language.EN)) {
                assertEquals("2/1: skin|iv|a", describe(rows.next()));
                assertEquals("3/2: hair|iv|b", describe(rows.next()));
                QuoteRequests.FileError error = assertThrows(QuoteRequests.FileError.class, rows::hasNext);
                assertEquals(4, error.line());
            }
        }

        @Test
        void aLineTooLong_stopsTheReadingAfterTheRowsBeforeIt() throws IOException {
            String text = HEADER + "skin,iv,a\n" + "x".repeat(QuoteRequests.MAX_LINE + 1) + "\nhair,iv,b\n";
            try (QuoteRequests rows = QuoteRequests.open(new StringReader(text), Language.EN)) {
                assertEquals("2/1: skin|iv|a", describe(rows.next()));
                QuoteRequests.FileError error = assertThrows(QuoteRequests.FileError.class, rows::hasNext);
                assertEquals(3, error.line());
            }
        }

        @Test
        void anEmptyFile_hasNoRows() throws IOException {
            assertFalse(QuoteRequests.open(new StringReader(""), Language.EN).hasNext());
        }
    }
}
