package dev.exoplan.core.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A language exoplan prints in: one whose bundle {@code dev/exoplan/messages_<code>.properties} exists
 * ({@code io.text.Bundles.languages()} lists them). Japanese and English are the two a price sheet labels
 * things in ({@link LocalizedText}); a sheet's text shown in any other language is its English, or its
 * Japanese where it has no English.
 *
 * @param code   the code used on the command line and in the bundle's name: {@code ja}, {@code en} …
 * @param locale the locale money, dates and numbers are formatted for
 */
public record Language(String code, Locale locale) {

    public static final Language JA = new Language("ja", Locale.JAPAN);
    public static final Language EN = new Language("en", Locale.US);

    public Language {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * A record's equality, written out: the generated one links an {@code invokedynamic} call site on
     * its first use, 3 ms of a plan's start-up (every text of a sheet is looked up by language).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Language language && code.equals(language.code) && locale.equals(language.locale);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + locale.hashCode();
    }

    /**
     * The language of {@code code} (ISO 639, any case) when exoplan has its bundle: {@link #JA} and
     * {@link #EN}, or one more bundle's language with the locale of its code.
     */
    public static Optional<Language> forCode(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        if (!lower.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        if (lower.equals(JA.code)) {
            return Optional.of(JA);
        }
        if (lower.equals(EN.code)) {
            return Optional.of(EN);
        }
        return Catalogue.speaks(lower) ? Optional.of(new Language(lower, Locale.forLanguageTag(lower)))
                : Optional.empty();
    }

    /** The locale's language when exoplan speaks it, English otherwise. */
    public static Language of(Locale locale) {
        String code = locale.getLanguage();
        return code.isEmpty() ? EN : forCode(code).orElse(EN);
    }
}
