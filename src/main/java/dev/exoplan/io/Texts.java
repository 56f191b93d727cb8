package dev.exoplan.io;

import dev.exoplan.core.sheet.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The words exoplan prints for people, in one language, from {@code dev/exoplan/io/texts*.properties}.
 * Arguments are inserted as given: numbers and money are formatted before they get here.
 */
final class Texts {

    private final ResourceBundle bundle;

    Texts(Language language) {
        // No fallback to the JVM's default locale: English must stay English on a Japanese machine.
        this.bundle = ResourceBundle.getBundle("dev.exoplan.io.texts", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), bundle.getLocale()).format(strings);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }
}
