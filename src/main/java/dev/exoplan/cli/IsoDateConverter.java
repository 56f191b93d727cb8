package dev.exoplan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A calendar date written YYYY-MM-DD; impossible dates such as 2027-02-30 are refused, not adjusted. */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value, ISO);
        } catch (DateTimeParseException e) {
            String why = e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : "";
            throw new TypeConversionException("'" + value + "' is not a date" + why
                    + "; write YYYY-MM-DD, such as 2027-01-04");
        }
    }
}
