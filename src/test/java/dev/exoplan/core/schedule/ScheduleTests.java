package dev.exoplan.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScheduleTests {

    private static List<LocalDate> dates(Schedule schedule) {
        return schedule.sessions().stream().map(Session::date).toList();
    }

    private static List<LocalDate> dates(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    @Nested
    class WorkedExample {
        private final Horizon year = new Horizon(LocalDate.parse("2027-01-04"), 12);

        @Test
        void low_threeSessionsFourWeeksApartThenEveryFourMonths_fiveSessions() {
            // 01-04, +4w 02-01, +8w 03-01; maintenance from 03-01: 07-01, 11-01 (2028-03-01 is past 2028-01-04)
            Schedule s = Schedule.of(year, new ScheduleParameters(3, 4, 4));
            assertEquals(dates("2027-01-04", "2027-02-01", "2027-03-01", "2027-07-01", "2027-11-01"), dates(s));
            assertEquals(3, s.initialCount());
            assertEquals(2, s.maintenanceCount());
        }

        @Test
        void typical_fourSessionsThreeWeeksApartThenEveryThreeMonths_sevenSessions() {
            // 01-04, 01-25, 02-15, 03-08; maintenance 06-08, 09-08, 12-08 (2028-03-08 is out)
            Schedule s = Schedule.of(year, new ScheduleParameters(4, 3, 3));
            assertEquals(dates("2027-01-04", "2027-01-25", "2027-02-15", "2027-03-08", "2027-06-08", "2027-09-08",
                    "2027-12-08"), dates(s));
            assertEquals(4, s.initialCount());
            assertEquals(3, s.maintenanceCount());
        }

        @Test
        void high_fiveSessionsTwoWeeksApartThenEveryTwoMonths_tenSessionsLastOnNewYearsDay() {
            // 01-04, 01-18, 02-01, 02-15, 03-01; maintenance 05-01, 07-01, 09-01, 11-01, 2028-01-01
            Schedule s = Schedule.of(year, new ScheduleParameters(5, 2, 2));
            assertEquals(dates("2027-01-04", "2027-01-18", "2027-02-01", "2027-02-15", "2027-03-01", "2027-05-01",
                    "2027-07-01", "2027-09-01", "2027-11-01", "2028-01-01"), dates(s));
        }

        @Test
        void sessions_areNumberedInOrderAndMarkedByPhase() {
            Schedule s = Schedule.of(year, new ScheduleParameters(3, 4, 4));
            assertEquals(List.of(1, 2, 3, 4, 5), s.sessions().stream().map(Session::number).toList());
            assertEquals(List.of(1, 2, 3, 1, 2), s.sessions().stream().map(Session::inPhase).toList());
            assertEquals(List.of(Phase.INITIAL, Phase.INITIAL, Phase.INITIAL, Phase.MAINTENANCE, Phase.MAINTENANCE),
                    s.sessions().stream().map(Session::phase).toList());
        }
    }

    @Nested
    class MonthEnds {
        @Test
        void maintenanceFromJanuary31_fallsOnEachMonthsLastDayWithoutDrifting() {
            // One initial session on 01-31; maintenance monthly counted from 01-31, never chained:
            // 02-28, 03-31, 04-30, 05-31, 06-30; 07-31 is the horizon's end and is left out.
            Schedule s = Schedule.of(new Horizon(LocalDate.parse("2027-01-31"), 6), new ScheduleParameters(1, 2, 1));
            assertEquals(dates("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30"),
                    dates(s));
        }

        @Test
        void maintenanceEverySixMonthsFromAugust31_returnsToThe31stAfterALeapFebruary() {
            // From 2027-08-31: +6 months = 2028-02-29 (leap year), +12 months = 2028-08-31.
            // Chaining from 02-29 would have given 2028-08-29.
            Schedule s = Schedule.of(new Horizon(LocalDate.parse("2027-08-31"), 13), new ScheduleParameters(1, 2, 6));
            assertEquals(dates("2027-08-31", "2028-02-29", "2028-08-31"), dates(s));
        }

        @Test
        void leapDayStartWithYearlyMaintenance_movesToFebruary28AndStopsAtTheEnd() {
            // 2028-02-29 + 12 months = 2029-02-28; + 24 months = 2030-02-28, which is the horizon's end.
            Schedule s = Schedule.of(new Horizon(LocalDate.parse("2028-02-29"), 24), new ScheduleParameters(1, 2, 12));
            assertEquals(dates("2028-02-29", "2029-02-28"), dates(s));
            assertEquals(LocalDate.parse("2030-02-28"), s.horizon().end());
        }
    }

    @Nested
    class Horizons {
        @Test
        void aSessionOnTheEndDate_isLeftOut() {
            // Two months from 01-04 end on 03-04, exactly when the first maintenance session would be.
            Schedule s = Schedule.of(new Horizon(LocalDate.parse("2027-01-04"), 2), new ScheduleParameters(1, 4, 2));
            assertEquals(dates("2027-01-04"), dates(s));
            Schedule longer = Schedule.of(new Horizon(LocalDate.parse("2027-01-04"), 3),
                    new ScheduleParameters(1, 4, 2));
            assertEquals(dates("2027-01-04", "2027-03-04"), dates(longer));
        }

        @Test
        void initialSessionsPastTheEnd_areLeftOut() {
            // End 2027-03-04; sessions every 4 weeks: 01-04, 02-01, 03-01 counted, 03-29 is past the end.
            Schedule s = Schedule.of(new Horizon(LocalDate.parse("2027-01-04"), 2), new ScheduleParameters(5, 4, 2));
            assertEquals(dates("2027-01-04", "2027-02-01", "2027-03-01"), dates(s));
            assertTrue(s.initialPhaseCut());
        }

        @Test
        void aSessionOneDayBeforeTheEnd_isCounted() {
            // Start 2027-01-05, 1 month: end 2027-02-05; 4 weeks after is 2027-02-02, inside.
            Schedule s = Schedule.of(new Horizon(LocalDate.parse("2027-01-05"), 1), new ScheduleParameters(2, 4, 2));
            assertEquals(dates("2027-01-05", "2027-02-02"), dates(s));
            assertFalse(s.initialPhaseCut());
            assertEquals(0, s.maintenanceCount());
        }

        @Test
        void aHorizonThatCutsTheInitialPhase_hasNoMaintenance() {
            // One month from 01-04 ends 02-04: 01-04 and 01-25 fall inside, 02-15 does not.
            Schedule s = Schedule.of(new Horizon(LocalDate.parse("2027-01-04"), 1), new ScheduleParameters(4, 3, 1));
            assertEquals(dates("2027-01-04", "2027-01-25"), dates(s));
            assertEquals(2, s.initialCount());
            assertEquals(0, s.maintenanceCount());
            assertTrue(s.initialPhaseCut());
        }

        @Test
        void theLongestHorizonWithMonthlyMaintenance_endsAfterAHundredAndTwentyMonths() {
            // 1 initial session + maintenance at +1..+119 months: 120 sessions, the last on 2036-12-01.
            Schedule s = Schedule.of(new Horizon(LocalDate.parse("2027-01-01"), 120), new ScheduleParameters(1, 1, 1));
            assertEquals(120, s.size());
            assertEquals(LocalDate.parse("2036-12-01"), s.sessions().get(119).date());
        }

        @Test
        void lastDay_isTheDayBeforeTheEnd() {
            Horizon h = new Horizon(LocalDate.parse("2027-01-04"), 12);
            assertEquals(LocalDate.parse("2028-01-04"), h.end());
            assertEquals(LocalDate.parse("2028-01-03"), h.lastDay());
            assertTrue(h.contains(LocalDate.parse("2028-01-03")));
            assertFalse(h.contains(LocalDate.parse("2028-01-04")));
            assertFalse(h.contains(LocalDate.parse("2027-01-03")));
        }

        @Test
        void monthsOutsideOneToAHundredAndTwenty_areRefused() {
            LocalDate start = LocalDate.parse("2027-01-04");
            assertThrows(IllegalArgumentException.class, () -> new Horizon(start, 0));
            assertThrows(IllegalArgumentException.class, () -> new Horizon(start, 121));
        }
    }

    @Test
    void parameters_belowOne_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScheduleParameters(0, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleParameters(3, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleParameters(3, 2, 0));
    }
}
