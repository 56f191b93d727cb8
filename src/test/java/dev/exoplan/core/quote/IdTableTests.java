package dev.exoplan.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdTableTests {

    private static List<String> ids(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("c" + i);
        }
        return ids;
    }

    @Test
    void aShortList_givesEachIdsPosition_andMinusOneForAnUnknownId() {
        IdTable table = new IdTable(List.of("a", "b", "c"));
        assertEquals(0, table.indexOf("a"));
        assertEquals(2, table.indexOf("c"));
        assertEquals(-1, table.indexOf("d"));
        assertEquals(3, table.size());
    }

    @Test
    void aLongList_givesEachIdsPosition_andMinusOneForAnUnknownId() {
        // 17 ids, one more than are scanned: c0 … c16 at positions 0 … 16.
        IdTable table = new IdTable(ids(17));
        for (int i = 0; i < 17; i++) {
            assertEquals(i, table.indexOf("c" + i));
        }
        assertEquals(-1, table.indexOf("c17"));
        assertEquals(17, table.size());
    }

    @Test
    void aRepeatedId_isFoundAtItsFirstPosition_inAShortListAndInALongOne() {
        // Short: a, b, a → a at 0. Long: c0 … c16, then c3 again at 17 → c3 at 3, as a scan finds it.
        assertEquals(0, new IdTable(List.of("a", "b", "a")).indexOf("a"));
        List<String> repeated = ids(17);
        repeated.add("c3");
        IdTable table = new IdTable(repeated);
        assertEquals(3, table.indexOf("c3"));
        assertEquals(18, table.size());
    }
}
