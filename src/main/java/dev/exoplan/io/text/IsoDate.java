package dev.exoplan.io.text;

import dev.exoplan.core.text.Language;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * A calendar date written YYYY-MM-DD, as options and request cells give one; impossible dates such as
 * 2027-02-30 are refused, not adjusted.
 */
public final class IsoDate {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** A text that is not a date; the message says why, in the language asked for. */
    public static final class NotADate extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotADate(String message) {
            super(message);
        }
    }

    private IsoDate() {
    }

    /**
     * @param texts the language of the refusal
     * @throws NotADate for a text that is not YYYY-MM-DD or names a day that does not exist
     */
    public static LocalDate parse(String value, Texts texts) {
        LocalDate plain = plain(value);
        if (plain != null) {
            return plain;
        }
        try {
            return LocalDate.parse(value, ISO);
        } catch (DateTimeParseException e) {
            throw new NotADate(texts.get("error.date", value, why(value, e, texts)));
        }
    }

    /**
     * Why the text is not a date, in parentheses, or "": in English java.time's own reason; in Japanese,
     * for digits in the YYYY-MM-DD shape, which month or day is impossible (java.time speaks English only).
     */
    private static String why(String value, DateTimeParseException e, Texts texts) {
        if (Language.EN.equals(texts.language())) {
            return e.getCause() != null ? texts.get("error.date.why", e.getCause().getMessage()) : "";
        }
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return "";
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 0 || day < 1) {
            // Not digits, or day 00: the general message says enough.
            return "";
        }
        if (month < 1 || month > 12) {
            return texts.get("error.date.why", texts.get("error.date.month", String.valueOf(month)));
        }
        return texts.get("error.date.why", texts.get("error.date.day", String.valueOf(year), String.valueOf(month),
                String.valueOf(Month.of(month).length(Year.isLeap(year)))));
    }

    /**
     * The common case read without the formatter, for request files of millions of rows: exactly
     * YYYY-MM-DD with a real day. Anything else is null, and the formatter decides (and explains).
     */
    public static LocalDate plain(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The decimal number in {@code value[from, to)}, or −1 when a character there is not an ASCII digit. */
    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
