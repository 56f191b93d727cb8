package dev.exoplan.io.text;

import dev.exoplan.core.sheet.Language;
import java.text.MessageFormat;
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
    public static final String BUNDLE = "dev.exoplan.messages";

    private final ResourceBundle bundle;
    private final Language language;

    public Texts(Language language) {
        this.bundle = bundle(language);
        this.language = language;
    }

    public Language language() {
        return language;
    }

    /** The bundle of one language, as picocli takes it for help. */
    public static ResourceBundle bundle(Language language) {
        // No fallback to the JVM's default locale: English must stay English on a Japanese machine.
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of {@code key}, with {@code args} put in (a MessageFormat pattern; ' is a plain apostrophe). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Whole numbers stay numbers so that patterns can choose "1 month" or "2 months".
            values[i] = args[i] instanceof Integer ? args[i] : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), bundle.getLocale()).format(values);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
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
