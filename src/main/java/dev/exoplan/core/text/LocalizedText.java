package dev.exoplan.core.text;

import dev.exoplan.core.text.Wording;
import java.util.Optional;

/**
 * A text in Japanese and English; at least one is present, and the other falls back to it.
 */
public record LocalizedText(Optional<String> ja, Optional<String> en) implements Wording {

    public LocalizedText {
        if (ja.isEmpty() && en.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs ja or en");
        }
    }

    public static LocalizedText of(String ja, String en) {
        return new LocalizedText(Optional.ofNullable(ja), Optional.ofNullable(en));
    }

    /** The same text in every language. */
    public static LocalizedText plain(String text) {
        return of(text, text);
    }

    /**
     * The text in {@code language}, or in the other language when this one is missing; in a language a
     * sheet cannot hold (neither ja nor en), the English, else the Japanese.
     */
    @Override
    public String in(Language language) {
        boolean japanese = Language.JA.equals(language);
        Optional<String> wanted = japanese ? ja : en;
        Optional<String> other = japanese ? en : ja;
        return wanted.or(() -> other).orElseThrow();
    }
}
