package dev.exoplan.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HorizonTests {

    @Test
    void aPeriodFrom1900To9999_isAccepted_upToItsLastDay() {
        assertEquals(LocalDate.of(1900, 2, 1), new Horizon(LocalDate.of(1900, 1, 1), 1).end());
        // 9990-01-01 + 120 months = 10000-01-01: its last day is 9999-12-31, the last day there is.
        assertEquals(LocalDate.of(9999, 12, 31), new Horizon(LocalDate.of(9990, 1, 1), 120).lastDay());
        assertEquals(LocalDate.of(9999, 12, 30), new Horizon(LocalDate.of(9989, 12, 31), 120).lastDay());
        assertEquals(LocalDate.of(9999, 12, 31), new Horizon(LocalDate.of(9999, 12, 1), 1).lastDay());
    }

    @Test
    void aPeriodThatStartsBefore1900OrEndsAfter9999_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Horizon(LocalDate.of(1899, 12, 31), 1));
        // 9990-01-02 + 120 months ends on 10000-01-01, a day too late.
        assertThrows(IllegalArgumentException.class, () -> new Horizon(LocalDate.of(9990, 1, 2), 120));
        assertThrows(IllegalArgumentException.class, () -> new Horizon(LocalDate.of(9999, 12, 2), 1));
        assertThrows(IllegalArgumentException.class, () -> new Horizon(LocalDate.of(2027, 1, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> new Horizon(LocalDate.of(2027, 1, 1), 121));
    }
}
