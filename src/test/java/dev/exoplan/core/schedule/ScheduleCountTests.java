package dev.exoplan.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Schedule#count} is arithmetic; {@link Schedule#of} dates every session. They must agree. */
class ScheduleCountTests {

    @Test
    void count_agreesWithTheDatedSchedule_forEveryKindOfStartAndPeriod() {
        Random random = new Random(20261125L);
        for (int i = 0; i < 200_000; i++) {
            LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(12 * 366));
            if (i % 7 == 0) {
                start = start.withDayOfMonth(start.lengthOfMonth());
            }
            Horizon horizon = new Horizon(start, 1 + random.nextInt(Horizon.MAX_MONTHS));
            ScheduleParameters p = new ScheduleParameters(1 + random.nextInt(50), 1 + random.nextInt(26),
                    1 + random.nextInt(24));
            int expected = Schedule.of(horizon, p).size();
            int actual = Schedule.count(horizon, p);
            if (expected != actual) {
                assertEquals(expected, actual, "start " + start + ", " + horizon.months() + " months, " + p);
            }
        }
    }

    @Test
    void count_ofTheWorkedExample_isFiveSevenAndTen() {
        Horizon year = new Horizon(LocalDate.parse("2027-01-04"), 12);
        assertEquals(5, Schedule.count(year, new ScheduleParameters(3, 4, 4)));
        assertEquals(7, Schedule.count(year, new ScheduleParameters(4, 3, 3)));
        assertEquals(10, Schedule.count(year, new ScheduleParameters(5, 2, 2)));
    }
}
