package dev.exoplan.core.schedule;

/**
 * Dates as epoch days (days since 1970-01-01, as {@link java.time.LocalDate#toEpochDay}), added to by
 * months without making a {@link java.time.LocalDate} for each: for the loops that date a million
 * courses (quote tables). A day is taken apart once ({@link #civil}) and then moved by any number of
 * months ({@link #monthsAfter}), with the day clamped to the last of a shorter month, as
 * {@code LocalDate.plusMonths} does. Proleptic Gregorian calendar, by the civil-from-days algorithms
 * of H. Hinnant ("chrono-Compatible Low-Level Date Algorithms"); equal to {@code LocalDate} on every
 * day from 0001-01-01 to 9999-12-31 and every month added within that range (EpochDaysTests checks each).
 */
public final class EpochDays {

    /** Days from 0000-03-01 (the start of a 400-year era) to 1970-01-01. */
    private static final long TO_1970 = 719_468;
    private static final long DAYS_PER_ERA = 146_097;

    private EpochDays() {
    }

    /**
     * An epoch day taken apart: its month as {@code year × 12 + month − 1} and its day of the month,
     * packed as {@code month << 5 | day}.
     */
    public static long civil(long epochDay) {
        long z = epochDay + TO_1970;
        long era = Math.floorDiv(z, DAYS_PER_ERA);
        long dayOfEra = z - era * DAYS_PER_ERA;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shifted = (5 * dayOfYear + 2) / 153; // months from March
        long day = dayOfYear - (153 * shifted + 2) / 5 + 1;
        long month = shifted < 10 ? shifted + 2 : shifted - 10; // 0 for January
        long year = yearOfEra + era * 400 + (month < 2 ? 1 : 0);
        return (year * 12 + month) << 5 | day;
    }

    /**
     * The epoch day {@code months} months after (or before) the day {@link #civil} took apart, clamped to
     * a shorter month's last day.
     */
    public static long monthsAfter(long civil, long months) {
        long month = (civil >> 5) + months;
        long year = Math.floorDiv(month, 12);
        int monthOfYear = (int) (month - year * 12) + 1;
        int day = (int) Math.min(civil & 31, lengthOfMonth(year, monthOfYear));
        return of(year, monthOfYear, day);
    }

    /** The epoch day {@code months} months after {@code epochDay}: {@code LocalDate.plusMonths}. */
    public static long plusMonths(long epochDay, int months) {
        return monthsAfter(civil(epochDay), months);
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
        long month = civil >> 5;
        long year = Math.floorDiv(month, 12);
        return lengthOfMonth(year, (int) (month - year * 12) + 1);
    }

    /** The epoch day of a date (month 1–12, day within the month). */
    static long of(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_ERA + dayOfEra - TO_1970;
    }

    static int lengthOfMonth(long year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
