package dev.exoplan.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence exoplan writes, not yet written: a key of the bundles ({@code messages_en.properties},
 * {@code messages_ja.properties}) and the values put into its placeholders. An argument that is
 * itself a {@link Wording} (another message, or a sheet's text) is put in the same language first.
 *
 * @param key  the key in every bundle
 * @param args the values of {@code {0}}, {@code {1}} …; whole numbers ({@code Integer}) stay numbers
 */
public record Message(String key, List<Object> args) implements Wording {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    @Override
    public String in(Language language) {
        return Catalogue.of(language).render(this);
    }
}
