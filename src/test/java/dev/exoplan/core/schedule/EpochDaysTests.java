package dev.exoplan.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EpochDaysTests {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    @Test
    void aDayTakenApart_givesItsMonthAndDay_onEveryDayFromYear1To9999() {
        for (long day = FIRST.toEpochDay(); day <= LAST.toEpochDay(); day++) {
            LocalDate date = LocalDate.ofEpochDay(day);
            long civil = EpochDays.civil(day);
            if (EpochDays.month(civil) != date.getYear() * 12L + date.getMonthValue() - 1
                    || EpochDays.dayOfMonth(civil) != date.getDayOfMonth()
                    || EpochDays.lengthOfMonth(civil) != date.lengthOfMonth()
                    || EpochDays.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()) != day) {
                assertEquals(date.toString(), EpochDays.month(civil) / 12 + "-" + (EpochDays.month(civil) % 12 + 1)
                        + "-" + EpochDays.dayOfMonth(civil) + " (" + EpochDays.lengthOfMonth(civil) + " days)");
            }
        }
    }

    @Test
    void aMonthLater_isLocalDatesPlusMonths_onEveryDayFromYear1To9999() {
        for (long day = FIRST.toEpochDay(); day <= LAST.toEpochDay() - 31; day++) {
            long expected = LocalDate.ofEpochDay(day).plusMonths(1).toEpochDay();
            long later = EpochDays.monthsAfter(EpochDays.civil(day), 1);
            if (later != expected) {
                assertEquals(LocalDate.ofEpochDay(expected), LocalDate.ofEpochDay(later),
                        "a month after " + LocalDate.ofEpochDay(day));
            }
        }
    }

    @Test
    void everyPeriodAQuoteUses_isLocalDatesPlusMonths_from1900To2100() {
        // Horizons of 1–120 months and package validities, from every day of two centuries, and back.
        for (long day = LocalDate.of(1900, 1, 1).toEpochDay(); day <= LocalDate.of(2100, 12, 31).toEpochDay(); day++) {
            LocalDate date = LocalDate.ofEpochDay(day);
            long civil = EpochDays.civil(day);
            for (int months = -24; months <= 120; months++) {
                long expected = date.plusMonths(months).toEpochDay();
                if (EpochDays.monthsAfter(civil, months) != expected) {
                    assertEquals(LocalDate.ofEpochDay(expected), LocalDate.ofEpochDay(EpochDays.monthsAfter(civil, months)),
                            months + " months after " + date);
                }
            }
        }
    }

    @Test
    void theThirtyFirstOfJanuary_aMonthLater_isTheLastDayOfFebruary() {
        // 2027-01-31 is epoch day 20,849 (57 years of 365 days = 20,805, + 14 leap days 1972–2024 = 20,819,
        // + 30 days of January); February 2027 has 28 days, so a month later is 2027-02-28 = 20,849 + 28.
        assertEquals(20_849, LocalDate.of(2027, 1, 31).toEpochDay());
        assertEquals(20_849 + 28, EpochDays.monthsAfter(EpochDays.civil(20_849), 1));
        // 2028 is a leap year: 2028-01-31 (20,849 + 365) a month later is 2028-02-29, 29 days on.
        assertEquals(20_849 + 365 + 29, EpochDays.monthsAfter(EpochDays.civil(20_849 + 365), 1));
        // 1900 is not (divisible by 100, not by 400), 2000 is.
        assertEquals(28, EpochDays.lengthOfMonth(EpochDays.civil(LocalDate.of(1900, 2, 1).toEpochDay())));
        assertEquals(29, EpochDays.lengthOfMonth(EpochDays.civil(LocalDate.of(2000, 2, 1).toEpochDay())));
        assertEquals(YearMonth.of(2027, 1).lengthOfMonth(), EpochDays.lengthOfMonth(EpochDays.civil(20_849)));
    }
}
