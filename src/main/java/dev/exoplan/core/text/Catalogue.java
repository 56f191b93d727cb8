package dev.exoplan.core.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one message catalogue: the bundle {@code dev/exoplan/messages_<language>.properties} of one
 * language, and the one way its patterns are filled in (a {@link MessageFormat} pattern in which ' is
 * a plain apostrophe; whole numbers stay numbers so that patterns can choose "1 month" or "2 months";
 * every other value is put in as its text). {@code io.Texts} renders through it.
 */
public final class Catalogue {

    /** The base name of the bundle; there is no base file, every lookup names a language. */
    public static final String BUNDLE = "dev.exoplan.messages";

    private final ResourceBundle bundle;
    private final Language language;

    private Catalogue(Language language) {
        this.bundle = bundle(language);
        this.language = language;
    }

    public static Catalogue of(Language language) {
        return new Catalogue(language);
    }


    /** The bundle of one language (cached by {@link ResourceBundle}). */
    public static ResourceBundle bundle(Language language) {
        // No fallback to the JVM's default locale: English must stay English on a Japanese machine.
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Whether exoplan has the bundle of the language {@code code} (lower case ISO 639). */
    static boolean speaks(String code) {
        return Catalogue.class.getResource("/" + BUNDLE.replace('.', '/') + "_" + code + ".properties") != null;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String render(Message message) {
        return format(message.key(), message.args().toArray());
    }

    /** The text of {@code key} with {@code args} put in. */
    public String format(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = value(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), bundle.getLocale()).format(values);
    }

    private Object value(Object arg) {
        if (arg instanceof Integer) {
            return arg;
        }
        if (arg instanceof Wording words) {
            return words.in(language);
        }
        return String.valueOf(arg);
    }
}
