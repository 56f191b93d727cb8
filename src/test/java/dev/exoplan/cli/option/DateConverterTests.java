package dev.exoplan.cli.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.IsoDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

/** Dates as people type them on the command line: read when they can be read one way only, else refused with the rule. */
class DateConverterTests {

    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final String RULE = "write the year in four digits, then the month and the day, such as "
            + "2027-01-04, 2027-1-4, 2027/1/4 or 2027年1月4日";

    @Test
    void plain_readsEveryDayOfLeapAndCommonYearsAsTheFormatterDoes() {
        for (int year : List.of(0, 1, 1900, 2000, 2024, 2026, 2027, 9999)) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                String text = String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                assertEquals(LocalDate.parse(text, STRICT), IsoDate.plain(text), text);
                assertEquals(LocalDate.parse(text, STRICT), new DateConverter().convert(text), text);
            }
        }
    }

    @Test
    void plain_leavesEveryOtherTextToTheFormatter() {
        for (String text : List.of("2027-02-29", "2024-02-30", "2027-04-31", "2027-13-01", "2027-00-10", "2027-01-00",
                "2027-1-01", "2027-01-1", "27-01-01", " 2027-01-01", "2027/01/01", "２０２７-01-01", "+2027-01-01",
                "2027-01-0a", "")) {
            assertNull(IsoDate.plain(text), text);
        }
    }

    /** Each way of writing 4 January 2027 (a Monday) that can be read one way only. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2027-01-04", "2027-1-4", "2027-01-4", "2027/1/4", "2027/01/04", "2027年1月4日", "2027年01月04日",
        "2027年1月4日(月)", "2027年1月4日（月）", "２０２７／１／４", "２０２７年１月４日", "' 2027-1-4 '"})
    void aDateWrittenYearFirst_isRead(String typed) {
        assertEquals(LocalDate.of(2027, 1, 4), new DateConverter().convert(typed));
    }

    @Test
    void theLastDayOfFebruary_dependsOnTheYear() {
        // 2028 is a leap year (divisible by 4, not by 100); 2100 is not (divisible by 100, not by 400).
        assertEquals(LocalDate.of(2028, 2, 29), new DateConverter().convert("2028/2/29"));
        assertEquals(LocalDate.of(2000, 2, 29), new DateConverter().convert("2000年2月29日"));
        assertEquals("'2100/2/29' is not a date (month 2 of 2100 has 28 days); " + RULE, refusal("2100/2/29"));
    }

    /** What could be read two ways, or not at all: refused with the rule and an example, in English here. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2027/13/1|'2027/13/1' is not a date (there is no month 13; months are 01 to 12); " + RULE,
        "2027-02-30|'2027-02-30' is not a date (month 2 of 2027 has 28 days); " + RULE,
        "2027-4-31|'2027-4-31' is not a date (month 4 of 2027 has 30 days); " + RULE,
        "2027-01-00|'2027-01-00' is not a date; " + RULE,
        "2027-1/4|'2027-1/4' is not a date; " + RULE,
        "2027.1.4|'2027.1.4' is not a date; " + RULE,
        "10000-01-01|'10000-01-01' is not a date; " + RULE,
        "+2027-01-04|'+2027-01-04' is not a date; " + RULE,
        "2027年1月|'2027年1月' is not a date; " + RULE,
        "20270104|'20270104' is not a date; " + RULE,
        "27/1/4|'27/1/4' has a two-digit year, which could be 1927 or 2027; write the year in four digits, first, "
            + "such as 2027/1/4",
        "7-1-4|'7-1-4' has a two-digit year, which could be 1907 or 2007; write the year in four digits, first, "
            + "such as 2027/1/4",
        "1/4/2027|'1/4/2027' puts the year last, where the day and the month can be read either way round; write the "
            + "year first, then the month and the day, such as 2027/1/4 or 2027-01-04",
        "04.01.2027|'04.01.2027' puts the year last, where the day and the month can be read either way round; write "
            + "the year first, then the month and the day, such as 2027/1/4 or 2027-01-04",
        "2027年1月4日(火)|'2027年1月4日(火)': 2027-01-04 is a Monday, not a Tuesday; correct the weekday or leave it out"})
    void anAmbiguousOrImpossibleDate_isRefusedWithTheRule(String typed, String message) {
        assertEquals(message, refusal(typed));
    }

    @Test
    void inJapanese_theRefusalIsJapanese() {
        TypeConversionException e = assertThrows(TypeConversionException.class,
                () -> new DateConverter(Language.JA).convert("1/4/2027"));
        assertEquals("'1/4/2027' は年が最後にあり、月と日がどちらの順か決まりません。年・月・日の順に、2027/1/4 や 2027-01-04 "
                + "のように書いてください", e.getMessage());
    }

    private static String refusal(String typed) {
        return assertThrows(TypeConversionException.class, () -> new DateConverter().convert(typed)).getMessage();
    }
}
