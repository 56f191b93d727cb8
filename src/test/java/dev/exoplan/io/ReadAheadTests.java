package dev.exoplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Items made on the reading thread arrive on the using thread as if made there. */
class ReadAheadTests {

    /** Makes 0, 1, 2, … up to {@code count} (exclusive), then ends. */
    private static ReadAhead.Maker<Integer> upTo(int count) {
        AtomicInteger next = new AtomicInteger();
        return () -> next.get() < count ? next.getAndIncrement() : null;
    }

    private static List<Integer> drain(ReadAhead<Integer> ahead) {
        List<Integer> seen = new ArrayList<>();
        ahead.forEachRemaining(seen::add);
        return seen;
    }

    @Test
    void items_arriveInTheirOrderAcrossManyBatches() {
        try (ReadAhead<Integer> ahead = ReadAhead.start(upTo(10_000), "test")) {
            List<Integer> seen = drain(ahead);
            assertEquals(10_000, seen.size());
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(i, seen.get(i));
            }
            assertFalse(ahead.hasNext());
        }
    }

    @Test
    void noItems_isAnEmptyIteration() {
        try (ReadAhead<Integer> ahead = ReadAhead.start(upTo(0), "test")) {
            assertFalse(ahead.hasNext());
        }
    }

    @Test
    void whatTheMakerThrows_arrivesAfterEveryItemMadeBeforeIt() {
        IllegalStateException broken = new IllegalStateException("line 1501 is broken");
        AtomicInteger next = new AtomicInteger();
        ReadAhead.Maker<Integer> maker = () -> {
            if (next.get() == 1500) {
                throw broken;
            }
            return next.getAndIncrement();
        };
        try (ReadAhead<Integer> ahead = ReadAhead.start(maker, "test")) {
            List<Integer> seen = new ArrayList<>();
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
                while (ahead.hasNext()) {
                    seen.add(ahead.next());
                }
            });
            assertSame(broken, thrown);
            assertEquals(1500, seen.size());
            assertEquals(1499, seen.get(1499));
        }
    }

    @Test
    void close_stopsAMakerThatWouldNeverEnd() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        ReadAhead<Integer> ahead = ReadAhead.start(made::incrementAndGet, "test");
        assertEquals(1, ahead.next());
        ahead.close();
        int afterClose = made.get();
        Thread.sleep(50);
        // Bounded: a few batches ahead at most, and nothing more once closed.
        assertTrue(afterClose < 20 * 512, "made " + afterClose);
        assertEquals(afterClose, made.get());
    }
}
