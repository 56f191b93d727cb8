package dev.exoplan.cli.option;

import dev.exoplan.cli.Cli;
import dev.exoplan.core.sheet.Language;
import dev.exoplan.io.text.Texts;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang ja|en}: the language of the output; by default the user's locale decides. */
public final class LanguageOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--lang", paramLabel = "ja|en", converter = Converter.class, completionCandidates = Codes.class)
    private Language language;

    public Language language() {
        return language != null ? language : Cli.language(mixee.root());
    }

    /** The language {@code --lang} gave, if it was given. */
    public Optional<Language> given() {
        return Optional.ofNullable(language);
    }

    /**
     * Reads ja or en; refuses anything else in the language the command line was built in (the user's
     * locale, as a --lang that is not ja or en cannot choose one), which {@link Cli}'s factory passes on.
     */
    static final class Converter implements ITypeConverter<Language> {

        private final Language messages;

        Converter() {
            this(Language.EN);
        }

        Converter(Language messages) {
            this.messages = messages;
        }

        @Override
        public Language convert(String value) {
            return Arrays.stream(Language.values())
                    .filter(l -> l.code().equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(new Texts(messages).get("error.lang", value)));
        }
    }

    static final class Codes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Language.values()).map(Language::code).iterator();
        }
    }
}
