package dev.exoplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonPointer;
import org.junit.jupiter.api.Test;

/** io.json.Pointer writes the pointers Jackson's JsonPointer wrote before it, escapes and all. */
class PointerTests {

    @Test
    void toString_isJacksonsPointer() {
        for (String name : new String[] {"a/b", "~", "/x", "", "0", "~1", "a~/b/~0", "-", "x y", "\u00e9"}) {
            String jackson = JsonPointer.empty().appendProperty("clinics").appendIndex(3).appendProperty(name)
                    .appendIndex(12).toString();
            assertEquals(jackson, Pointer.root().property("clinics").index(3).property(name).index(12).toString(), name);
        }
        assertEquals("", Pointer.root().toString());
        assertEquals("/", Pointer.root().property("").toString());
    }
}
