package dev.exoplan.io.text;

import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * The words exoplan prints for people, in one language, from the bundle
 * {@code dev/exoplan/messages_en.properties} / {@code messages_ja.properties}: output, messages and
 * (through picocli, which reads the same bundle) help. Money and dates are formatted before they get
 * here; whole numbers ({@code Integer}) are passed on as numbers, so English patterns can use
 * {@code {0,choice,1#1 month|1<{0} months}}.
 */
public final class Texts {

    /** The base name of the bundle; there is no base file, every lookup names ja or en. */
    public static final String BUNDLE = Catalogue.BUNDLE;

    private final Catalogue catalogue;
    private final Language language;

    public Texts(Language language) {
        this.catalogue = Catalogue.of(language);
        this.language = language;
    }

    public Language language() {
        return language;
    }

    /** The bundle of one language, as picocli takes it for help. */
    public static ResourceBundle bundle(Language language) {
        return Catalogue.bundle(language);
    }

    /** The text of {@code key}, with {@code args} put in (a MessageFormat pattern; ' is a plain apostrophe). */
    public String get(String key, Object... args) {
        return catalogue.format(key, args);
    }

    boolean has(String key) {
        return catalogue.has(key);
    }

    /** An exosome source for people: a known id (adipose …) in words, otherwise the sheet's own text. */
    public String source(String source) {
        return source(source, SafeText::forPeople);
    }

    /** As {@link #source(String)}, with the sheet's own text made safe by {@code data} (a Markdown cell, say). */
    public String source(String source, UnaryOperator<String> data) {
        String key = "source." + source;
        return has(key) ? get(key) : data.apply(source);
    }
}
