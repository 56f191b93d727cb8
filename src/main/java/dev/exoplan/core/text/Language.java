package dev.exoplan.core.text;

import java.util.Locale;

/** The languages a price sheet labels things in and exoplan prints in. */
public enum Language {
    JA("ja", Locale.JAPAN),
    EN("en", Locale.US);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code used in price sheets and on the command line: {@code ja} or {@code en}. */
    public String code() {
        return code;
    }

    /** The locale money and dates are formatted for. */
    public Locale locale() {
        return locale;
    }

    /** Japanese when the locale's language is Japanese, English otherwise. */
    public static Language of(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JA : EN;
    }
}
