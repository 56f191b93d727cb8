package dev.exoplan.cli.option;

import dev.exoplan.core.text.Language;

/**
 * The door to this package's converters whose refusals exoplan words ({@code --start}, {@code --lang}):
 * {@code Cli}'s factory makes them in the language chosen before parsing, and {@code ErrorHandler} shows
 * their words as they are. The converters themselves stay package-private.
 */
public final class Converters {

    private Converters() {
    }

    /** A converter of class {@code type} that words its refusals in {@code language}; null for any other class. */
    public static Object speaking(Class<?> type, Language language) {
        if (type == DateConverter.class) {
            return new DateConverter(language);
        }
        if (type == LanguageOption.Converter.class) {
            return new LanguageOption.Converter(language);
        }
        return null;
    }

    /** Whether {@code converter} is one that words its refusals, in the language of the command line. */
    public static boolean wordsItsRefusals(Object converter) {
        return converter instanceof DateConverter || converter instanceof LanguageOption.Converter;
    }
}
