package dev.exoplan.core.text;


/**
 * Words for people that can be put in a language: either a {@link Message} of exoplan's own (a key
 * of the bundles with its arguments) or a text that came from a sheet ({@code LocalizedText}, data).
 */
public interface Wording {

    /** The words in {@code language}. */
    String in(Language language);
}
