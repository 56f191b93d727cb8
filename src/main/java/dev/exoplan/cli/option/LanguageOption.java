package dev.exoplan.cli.option;

import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.Bundles;
import dev.exoplan.io.text.Texts;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang ja|en} (or any other bundle's language): the language of the output; by default the user's locale decides. */
public final class LanguageOption {

    /**
     * The system property that holds the codes of every language for help ({@code ja|en}, or with a
     * third bundle {@code ja|en|de}); {@link #describeLanguages()} sets it where help is shown, so that
     * other runs never list the bundles.
     */
    static final String LABEL = "exoplan.languages";

    /**
     * The root command of a command line, which knows the language the line was built in (a --lang
     * before the command, else the user's locale): what a command without its own --lang speaks.
     */
    public interface Root {
        Language language();
    }

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--lang", paramLabel = "${sys:" + LABEL + ":-ja|en}", converter = Converter.class, completionCandidates = Codes.class)
    private Language language;

    /** Makes help name every language exoplan speaks (see {@link #LABEL}). */
    public static void describeLanguages() {
        System.setProperty(LABEL, Bundles.languages().stream().map(Language::code).collect(Collectors.joining("|")));
    }

    public Language language() {
        if (language != null) {
            return language;
        }
        CommandSpec root = mixee.root();
        for (CommandSpec mixin : root.mixins().values()) {
            if (mixin.userObject() instanceof LanguageOption option && option.language != null) {
                return option.language;
            }
        }
        return ((Root) root.userObject()).language();
    }

    /** The language {@code --lang} gave, if it was given. */
    public Optional<Language> given() {
        return Optional.ofNullable(language);
    }

    /**
     * Reads ja or en; refuses anything else in the language the command line was built in (the user's
     * locale, as a --lang that is not ja or en cannot choose one), which {@code Cli}'s factory passes on.
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
            return Language.forCode(value).orElseThrow(() -> {
                // "use ja or en"; with more bundles "use ja, en or de"
                List<String> codes = Bundles.languages().stream().map(Language::code).toList();
                return new TypeConversionException(new Texts(messages).get("error.lang", value,
                        String.join(", ", codes.subList(0, codes.size() - 1)), codes.get(codes.size() - 1)));
            });
        }
    }

    static final class Codes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Bundles.languages().stream().map(Language::code).iterator();
        }
    }
}
