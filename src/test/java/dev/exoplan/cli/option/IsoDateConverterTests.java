package dev.exoplan.cli.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The quick reading of plain dates must read exactly what the strict formatter reads. */
class IsoDateConverterTests {

    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Test
    void plain_readsEveryDayOfLeapAndCommonYearsAsTheFormatterDoes() {
        for (int year : List.of(0, 1, 1900, 2000, 2024, 2026, 2027, 9999)) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                String text = String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                assertEquals(LocalDate.parse(text, STRICT), IsoDateConverter.plain(text), text);
            }
        }
    }

    @Test
    void plain_leavesEveryOtherTextToTheFormatter() {
        for (String text : List.of("2027-02-29", "2024-02-30", "2027-04-31", "2027-13-01", "2027-00-10", "2027-01-00",
                "2027-1-01", "2027-01-1", "27-01-01", " 2027-01-01", "2027/01/01", "２０２７-01-01", "+2027-01-01",
                "2027-01-0a", "")) {
            assertNull(IsoDateConverter.plain(text), text);
        }
    }

    @Test
    void convert_refusesAnImpossibleDayWithTheFormattersReason() {
        assertThrows(DateTimeParseException.class, () -> LocalDate.parse("2027-02-29", STRICT));
        TypeConversionException e = assertThrows(TypeConversionException.class,
                () -> new IsoDateConverter().convert("2027-02-29"));
        assertEquals("'2027-02-29' is not a date (Invalid date 'February 29' as '2027' is not a leap year); write "
                + "YYYY-MM-DD, such as 2027-01-04", e.getMessage());
    }
}
