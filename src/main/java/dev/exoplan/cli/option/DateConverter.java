package dev.exoplan.cli.option;

import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.IsoDate;
import dev.exoplan.io.text.Texts;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date as people type one on the command line ({@code --start}, {@code --contract-date}): the year in
 * four digits, then the month and the day, as {@code 2027-01-04}, {@code 2027-1-4}, {@code 2027/1/4} or
 * 2027 nen 1 gatsu 4 nichi in kanji (with its weekday in brackets, as exoplan prints it: checked),
 * full-width digits too. What could be read two ways is refused with the rule and an example, never guessed: a
 * two-digit year ({@code 27/1/4}), the year last ({@code 1/4/2027}, day and month either way round).
 * Impossible dates such as 2027-02-30 are refused, not adjusted. Refusals are in the language the
 * command line was built in (picocli makes converters while parsing, through {@code Cli}'s factory,
 * which passes that language on). Request files keep YYYY-MM-DD ({@link IsoDate}): a machine format.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

    /** Year, month and day with one separator throughout, - or /. */
    private static final Pattern SEPARATED = Pattern.compile("(\\d+)([-/])(\\d{1,2})\\2(\\d{1,2})");

    /** 2027 nen 1 gatsu 4 nichi, and the weekday exoplan prints after it in brackets (getsu for Monday). */
    private static final Pattern JAPANESE = Pattern.compile(
            "(\\d+)\u5e74(\\d{1,2})\u6708(\\d{1,2})\u65e5(?:\\(([\u6708\u706b\u6c34\u6728\u91d1\u571f\u65e5])\\))?");

    /** Day and month before a year of three digits or more: 1/4/2027, 04-01-2027, 4.1.2027. */
    private static final Pattern YEAR_LAST = Pattern.compile("\\d{1,2}([-/.])\\d{1,2}\\1\\d{3,}");

    /** The weekdays' kanji, Monday first. */
    private static final List<String> WEEKDAYS = List.of("\u6708", "\u706b", "\u6c34", "\u6728", "\u91d1",
            "\u571f", "\u65e5");

    private final Language language;
    /** Made at the first refusal: picocli makes converters while it builds the model, before any is used. */
    private Texts texts;

    /** Refusing in English. */
    DateConverter() {
        this(Language.EN);
    }

    DateConverter(Language language) {
        this.language = language;
    }

    private Texts texts() {
        if (texts == null) {
            texts = new Texts(language);
        }
        return texts;
    }

    @Override
    public LocalDate convert(String value) {
        LocalDate plain = IsoDate.plain(value);
        if (plain != null) {
            return plain;
        }
        // Full-width digits, slashes and brackets read as their ASCII forms.
        String typed = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC);
        Matcher separated = SEPARATED.matcher(typed);
        Matcher japanese = JAPANESE.matcher(typed);
        Matcher parts;
        if (separated.matches()) {
            parts = separated;
        } else if (japanese.matches()) {
            parts = japanese;
        } else if (YEAR_LAST.matcher(typed).matches()) {
            throw refusal("error.date.yearLast", value);
        } else {
            throw refusal("error.date.typed", value, "");
        }
        String year = parts.group(1);
        int month = Integer.parseInt(parts.group(parts == separated ? 3 : 2));
        int day = Integer.parseInt(parts.group(parts == separated ? 4 : 3));
        if (year.length() <= 2) {
            throw refusal("error.date.shortYear", value, year.length() == 1 ? "0" + year : year);
        }
        if (year.length() != 4) {
            throw refusal("error.date.typed", value, "");
        }
        int y = Integer.parseInt(year);
        if (month < 1 || month > 12) {
            throw refusal("error.date.typed", value,
                    texts().get("error.date.why", texts().get("error.date.month", String.valueOf(month))));
        }
        int length = Month.of(month).length(Year.isLeap(y));
        if (day < 1 || day > length) {
            throw refusal("error.date.typed", value, day < 1 ? "" : texts().get("error.date.why",
                    texts().get("error.date.day", String.valueOf(y), String.valueOf(month), String.valueOf(length))));
        }
        LocalDate date = LocalDate.of(y, month, day);
        if (parts == japanese && japanese.group(4) != null) {
            DayOfWeek written = DayOfWeek.of(WEEKDAYS.indexOf(japanese.group(4)) + 1);
            if (written != date.getDayOfWeek()) {
                throw refusal("error.date.weekday", value, date.toString(), weekday(date.getDayOfWeek()),
                        weekday(written));
            }
        }
        return date;
    }

    private String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, language.locale());
    }

    private TypeConversionException refusal(String key, Object... args) {
        return new TypeConversionException(texts().get(key, args));
    }
}
