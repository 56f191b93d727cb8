package dev.exoplan.io.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PlanCalendar#fold}: content lines folded at 75 octets of UTF-8, never inside a character. */
class PlanCalendarFoldTests {

    private static List<Integer> octetsPerLine(String folded) {
        return Arrays.stream(folded.split("\r\n", -1)).map(line -> line.getBytes(UTF_8).length).toList();
    }

    @Test
    void aShortLine_isNotFolded() {
        assertEquals("SUMMARY:点滴 (1/7)", PlanCalendar.fold("SUMMARY:点滴 (1/7)"));
    }

    @Test
    void ascii_isFoldedAt75Octets_theContinuationsSpaceIncluded() {
        String line = "DESCRIPTION:" + "x".repeat(140); // 152 octets
        String folded = PlanCalendar.fold(line);
        // 75, then a space and 74, then a space and the last 3: 75 + 74 + 3 = 152
        assertEquals(List.of(75, 75, 4), octetsPerLine(folded));
        assertEquals(line, folded.replace("\r\n ", ""));
    }

    @Test
    void japanese_fillsTheLineExactly_andNeverSplitsACharacter() {
        // "DESCRIPTION:" is 12 octets; 21 kana of 3 octets make 12 + 63 = 75, a full line. The next
        // line holds the space and 24 kana (1 + 72 = 73; a 25th would make 76), the last the space and 5.
        String line = "DESCRIPTION:" + "あ".repeat(50);
        String folded = PlanCalendar.fold(line);
        assertEquals(List.of(75, 73, 16), octetsPerLine(folded));
        assertEquals("DESCRIPTION:" + "あ".repeat(21), folded.split("\r\n")[0]);
        assertEquals(line, folded.replace("\r\n ", ""));
    }

    @Test
    void anEmojiAtTheBoundary_movesWholeToTheNextLine() {
        // "SUMMARY:" is 8 octets and 22 kana 66: 74. The emoji's 4 octets would make 78, so it starts
        // the next line (a space and 4 octets), with the closing "x".
        String line = "SUMMARY:" + "日".repeat(22) + "😀x";
        String folded = PlanCalendar.fold(line);
        assertEquals("SUMMARY:" + "日".repeat(22) + "\r\n 😀x", folded);
        assertEquals(List.of(74, 6), octetsPerLine(folded));
    }

    @Test
    void exactly75Octets_areNotFolded_76Are() {
        // "SUMMARY:" 8 + 67 x = 75: one line. One more x is 76: 75, then a space and the last x.
        String full = "SUMMARY:" + "x".repeat(67);
        assertEquals(full, PlanCalendar.fold(full));
        assertEquals(List.of(75, 2), octetsPerLine(PlanCalendar.fold(full + "x")));
    }

    @Test
    void aTwoOctetCharacterAtTheBoundary_movesWholeToTheNextLine() {
        // "SUMMARY:" 8 + 66 x = 74; é is 2 octets (C3 A9): 76 > 75, so it starts the next line.
        String line = "SUMMARY:" + "x".repeat(66) + "é";
        assertEquals("SUMMARY:" + "x".repeat(66) + "\r\n é", PlanCalendar.fold(line));
        assertEquals(List.of(74, 3), octetsPerLine(PlanCalendar.fold(line)));
    }

    @Test
    void aLoneSurrogate_isWrittenAsAReplacementCharacter() {
        assertEquals("SUMMARY:a\uFFFDb", PlanCalendar.fold("SUMMARY:a\ud800b"));
    }
}
