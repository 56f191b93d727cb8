package dev.exoplan.core.schedule;

/**
 * Dates as epoch days (days since 1970-01-01, as {@link java.time.LocalDate#toEpochDay}), added to by
 * months without making a {@link java.time.LocalDate} for each: for the loops that date a million
 * courses (quote tables). A day is taken apart once ({@link #civil}) and then moved by any number of
 * months ({@link #monthsAfter}), with the day clamped to the last of a shorter month, as
 * {@code LocalDate.plusMonths} does. Proleptic Gregorian calendar, by the civil-from-days algorithms
 * of H. Hinnant ("chrono-Compatible Low-Level Date Algorithms"); equal to {@code LocalDate} on every
 * day from 0001-01-01 to 9999-12-31 and every month added within that range (EpochDaysTests checks each),
 * and meant for that range only: its arithmetic is in ints and takes no day before 0000-03-01.
 */
public final class EpochDays {

    /** Days from 0000-03-01 (the start of a 400-year era) to 1970-01-01. */
    private static final int TO_1970 = 719_468;
    private static final int DAYS_PER_ERA = 146_097;

    private EpochDays() {
    }

    /**
     * An epoch day taken apart: its month as {@code year × 12 + month − 1} and its day of the month,
     * packed as {@code month << 5 | day}.
     */
    public static long civil(long epochDay) {
        long offset = epochDay - Table.FIRST_DAY;
        if (offset >= 0 && offset < Table.DAYS) {
            int i = (int) Math.min((offset * Table.SLOPE) >>> 32, Table.MONTHS - 1);
            while (Table.MONTH_START[i + 1] <= epochDay) {
                i++;
            }
            while (Table.MONTH_START[i] > epochDay) {
                i--;
            }
            return (Table.FIRST_MONTH + i) << 5 | (epochDay - Table.MONTH_START[i] + 1);
        }
        return computedCivil(epochDay);
    }

    private static long computedCivil(long epochDay) {
        // In int arithmetic, and each division by a constant as it is: the days of years 1–9999 fit an
        // int, and from 0000-03-01 on nothing is negative, so no floor division is needed.
        int z = (int) epochDay + TO_1970;
        int era = z / DAYS_PER_ERA;
        int dayOfEra = z - era * DAYS_PER_ERA;
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shifted = (5 * dayOfYear + 2) / 153; // months from March
        int day = dayOfYear - (153 * shifted + 2) / 5 + 1;
        int month = shifted < 10 ? shifted + 2 : shifted - 10; // 0 for January
        int year = yearOfEra + era * 400 + (month < 2 ? 1 : 0);
        return (year * 12L + month) << 5 | day;
    }

    /**
     * The epoch day {@code months} months after (or before) the day {@link #civil} took apart, clamped to
     * a shorter month's last day.
     */
    public static long monthsAfter(long civil, long months) {
        long at = (civil >> 5) + months - Table.FIRST_MONTH;
        if (at >= 0 && at < Table.MONTHS) {
            long start = Table.MONTH_START[(int) at];
            return start + Math.min(civil & 31, Table.MONTH_START[(int) at + 1] - start) - 1;
        }
        int month = (int) ((civil >> 5) + months);
        int year = month / 12;
        int monthOfYear = month - year * 12 + 1;
        return of(year, monthOfYear, Math.min((int) civil & 31, lengthOfMonth(year, monthOfYear)));
    }

    /** {@link #civil}'s month, as {@code year × 12 + month − 1}. */
    public static long month(long civil) {
        return civil >> 5;
    }

    /** {@link #civil}'s day of the month (1–31). */
    public static int dayOfMonth(long civil) {
        return (int) (civil & 31);
    }

    /** How many days {@link #civil}'s month has. */
    public static int lengthOfMonth(long civil) {
        long at = (civil >> 5) - Table.FIRST_MONTH;
        if (at >= 0 && at < Table.MONTHS) {
            return (int) (Table.MONTH_START[(int) at + 1] - Table.MONTH_START[(int) at]);
        }
        int month = (int) (civil >> 5);
        int year = month / 12;
        return lengthOfMonth(year, month - year * 12 + 1);
    }

    /** The epoch day of a date of the years 1–9999 (month 1–12, day within the month). */
    static long of(int year, int month, int day) {
        long at = year * 12L + month - 1 - Table.FIRST_MONTH;
        if (at >= 0 && at < Table.MONTHS) {
            return Table.MONTH_START[(int) at] + day - 1;
        }
        return computedOf(year, month, day);
    }

    private static long computedOf(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return (long) era * DAYS_PER_ERA + dayOfEra - TO_1970;
    }

    /**
     * The first day of each month of 1900–2100, the years quotes date, worked out once (2,413 numbers):
     * within them a day is taken apart by a multiplication and a look-up or two, without the divisions
     * of the algorithm, which the quick compiler that short runs use leaves as divisions.
     */
    private static final class Table {
        static final long FIRST_MONTH = 1900 * 12L;
        static final int MONTHS = (2100 - 1900 + 1) * 12;
        /** The first day of month i after January 1900, as an epoch day; the last is 2101-01-01. */
        static final long[] MONTH_START = new long[MONTHS + 1];
        static final long FIRST_DAY;
        static final long DAYS;
        /**
         * 2^32 ÷ 30.436875, the mean length of a Gregorian month (146,097 days ÷ 4,800 months): a day's
         * offset times this, shifted right by 32, is its month's index, or one more or less (never
         * further, over these 201 years), which the look-ups put right.
         */
        static final long SLOPE = 141_110_652;

        static {
            for (int i = 0; i <= MONTHS; i++) {
                MONTH_START[i] = computedOf(1900 + i / 12, i % 12 + 1, 1);
            }
            FIRST_DAY = MONTH_START[0];
            DAYS = MONTH_START[MONTHS] - FIRST_DAY;
        }
    }

    static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
