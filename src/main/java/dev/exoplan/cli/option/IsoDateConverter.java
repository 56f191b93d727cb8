package dev.exoplan.cli.option;

import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.IsoDate;
import dev.exoplan.io.text.Texts;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A calendar date written YYYY-MM-DD ({@link IsoDate}); impossible dates such as 2027-02-30 are refused,
 * not adjusted, in the language the command line was built in (picocli makes converters while parsing,
 * through {@link Cli}'s factory, which passes that language on).
 */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

    private final Texts texts;

    /** Refusing in English. */
    IsoDateConverter() {
        this(Language.EN);
    }

    IsoDateConverter(Language language) {
        this.texts = new Texts(language);
    }

    @Override
    public LocalDate convert(String value) {
        try {
            return IsoDate.parse(value, texts);
        } catch (IsoDate.NotADate e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** {@link IsoDate#plain}: the common case read without the formatter. */
    static LocalDate plain(String value) {
        return IsoDate.plain(value);
    }
}
