package dev.exoplan.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A clinic's closed weekdays: a session whose nominal date falls on one is booked on the next open
 * day, or on the open day before where the next would stretch the interval past the longest or leave
 * the period; which sessions there are never changes.
 */
class ClosedWeekdaysTests {

    private static List<LocalDate> dates(Schedule schedule) {
        return schedule.sessions().stream().map(Session::date).toList();
    }

    private static List<LocalDate> days(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void sessionsOnAClosedMonday_moveToTuesday_andOpenDaysStay() {
        // 4 initial sessions 3 weeks apart from Mon 4 Jan 2027, then every 3 months from the last initial
        // (nominal Mon 8 Mar): Tue 8 Jun, Wed 8 Sep, Wed 8 Dec are open and stay. The longest schedule
        // (4 weeks, 4 months) leaves room for one day more.
        Horizon year = new Horizon(LocalDate.parse("2027-01-04"), 12);
        Schedule s = Schedule.of(year, new ScheduleParameters(4, 3, 3), Set.of(DayOfWeek.MONDAY),
                new ScheduleParameters(3, 4, 4));
        assertEquals(days("2027-01-05", "2027-01-26", "2027-02-16", "2027-03-09", "2027-06-08", "2027-09-08",
                "2027-12-08"), dates(s));
    }

    @Test
    void aSessionWhoseNextOpenDayIsTheEndOfThePeriod_movesBackInstead() {
        // Weekly from Fri 1 Jan 2027 for 1 month (the period ends Mon 1 Feb, exclusive); closed Fri, Sat
        // and Sun. Fri 1, 8, 15, 22 Jan move on to Mon 4, 11, 18, 25; Fri 29 Jan's next open day is Mon
        // 1 Feb, the end, so it moves back to Thu 28 Jan, after the session of Mon 25 Jan.
        Horizon month = new Horizon(LocalDate.parse("2027-01-01"), 1);
        Schedule s = Schedule.of(month, new ScheduleParameters(5, 1, 1),
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), new ScheduleParameters(5, 1, 1));
        assertEquals(days("2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25", "2027-01-28"), dates(s));
    }

    @Test
    void aSessionWhoseNextOpenDayStretchesTheLongestInterval_movesBackInstead() {
        // One initial session on Fri 1 Jan 2027, then monthly, the longest interval being one month too;
        // closed Mondays. Mon 1 Feb: Tue 2 Feb would be more than a month after 1 Jan (latest Mon 1 Feb),
        // so Sun 31 Jan. Mon 1 Mar: Tue 2 Mar is after 31 Jan + 1 month = 28 Feb, so Sun 28 Feb. Thu 1 Apr
        // is open.
        Horizon quarter = new Horizon(LocalDate.parse("2027-01-01"), 4);
        Schedule s = Schedule.of(quarter, new ScheduleParameters(1, 1, 1), Set.of(DayOfWeek.MONDAY),
                new ScheduleParameters(1, 1, 1));
        assertEquals(days("2027-01-01", "2027-01-31", "2027-02-28", "2027-04-01"), dates(s));
    }

    @Test
    void aClosedMaintenanceSession_mayMoveOnByUpToTheLongestMaintenanceInterval() {
        // One initial session on Fri 1 Jan 2027, then monthly; the longest schedule waits a week, then 2
        // months; closed Mondays. Mon 1 Feb is a maintenance session, so its latest day is 1 Jan + 2 months
        // = 1 Mar and it moves on to Tue 2 Feb (a week after 1 Jan, as for an initial session, would be 8
        // Jan, and send it back to Sun 31 Jan). Mon 1 Mar: latest 2 Feb + 2 months = 2 Apr, so Tue 2 Mar.
        Horizon quarter = new Horizon(LocalDate.parse("2027-01-01"), 4);
        Schedule s = Schedule.of(quarter, new ScheduleParameters(1, 1, 1), Set.of(DayOfWeek.MONDAY),
                new ScheduleParameters(1, 1, 2));
        assertEquals(days("2027-01-01", "2027-02-02", "2027-03-02", "2027-04-01"), dates(s));
    }

    @Test
    void aClosedInitialSession_mayMoveOnByUpToTheLongestInitialInterval() {
        // Two initial sessions 8 weeks apart from Mon 4 Jan 2027, then monthly, for 4 months (to 4 May);
        // the longest schedule is the same; closed Mondays. Mon 4 Jan moves to Tue 5 Jan; Mon 1 Mar is an
        // initial session, so its latest day is 5 Jan + 8 weeks = 2 Mar and it moves on to Tue 2 Mar (a
        // month after 5 Jan, as for a maintenance session, would be 5 Feb, and send it back to Sun 28 Feb).
        // Maintenance from the nominal 1 Mar: Thu 1 Apr and Sat 1 May are open.
        Horizon months = new Horizon(LocalDate.parse("2027-01-04"), 4);
        Schedule s = Schedule.of(months, new ScheduleParameters(2, 8, 1), Set.of(DayOfWeek.MONDAY),
                new ScheduleParameters(2, 8, 1));
        assertEquals(days("2027-01-05", "2027-03-02", "2027-04-01", "2027-05-01"), dates(s));
    }

    @Test
    void closedDays_neverChangeHowManySessionsThereAre() {
        Horizon year = new Horizon(LocalDate.parse("2027-01-04"), 12);
        ScheduleParameters p = new ScheduleParameters(5, 2, 2);
        for (DayOfWeek day : DayOfWeek.values()) {
            Schedule s = Schedule.of(year, p, Set.of(day), new ScheduleParameters(3, 4, 4));
            assertEquals(Schedule.count(year, p), s.size(), day.toString());
            s.sessions().forEach(session -> assertNotEquals(day, session.date().getDayOfWeek(), session.toString()));
        }
    }

    @Test
    void noClosedDays_isTheNominalSchedule() {
        Horizon year = new Horizon(LocalDate.parse("2027-01-04"), 12);
        ScheduleParameters p = new ScheduleParameters(4, 3, 3);
        assertEquals(Schedule.of(year, p), Schedule.of(year, p, Set.of(), new ScheduleParameters(3, 4, 4)));
    }
}
