package dev.exoplan.cli;

import dev.exoplan.core.sheet.Language;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
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

    static final class Converter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Arrays.stream(Language.values())
                    .filter(l -> l.code().equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a language exoplan "
                            + "speaks; use ja or en"));
        }
    }

    static final class Codes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Language.values()).map(Language::code).iterator();
        }
    }
}
