package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.text.Language;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one look at the arguments before picocli parses them. */
class ArgumentsTests {

    private static final Environment JAPANESE = new Environment(Run.TODAY, Map.of(),
            new ByteArrayInputStream(new byte[0]), Locale.JAPAN, false, false);

    private static Arguments of(String... args) {
        return new Arguments(args);
    }

    @Test
    void theCommand_isTheFirstArgumentPastStacktrace_andOnlyAKnownOne() {
        assertEquals(Optional.of("plan"), of("plan", "--goal", "skin").command());
        assertEquals(Optional.of("quote"), of("--stacktrace", "quote").command());
        assertEquals(Optional.empty(), of("--help").command());
        assertEquals(Optional.empty(), of("plna").command(), "a typo builds every command, for the suggestion");
        assertEquals(Optional.of("plan"), of("--lang", "ja", "plan").command(), "the root takes --lang too");
        assertEquals(Optional.of("quote"), of("--lang=en", "--stacktrace", "quote").command());
        assertEquals(Optional.empty(), of("--lang", "plan").command(), "plan is --lang's value here");
    }

    @Test
    void theLanguage_isLangBeforeADoubleDash_elseTheLocales() {
        assertEquals(Language.EN, of("plan", "--lang", "en").language(JAPANESE));
        assertEquals(Language.EN, of("plan", "--lang=EN").language(JAPANESE));
        assertEquals(Language.JA, of("plan", "--lang", "fr").language(JAPANESE), "picocli refuses fr; help is ja");
        assertEquals(Language.JA, of("validate", "--", "--lang", "en").language(JAPANESE), "a file named --lang");
        assertEquals(Language.EN, of("--lang", "ja", "plan", "--lang", "en").language(JAPANESE), "the subcommand's wins");
        assertEquals(Language.EN, of("--lang", "en", "plan").language(JAPANESE), "before the subcommand");
    }

    @Test
    void help_andValues_stopAtADoubleDash() {
        assertTrue(of("plan", "-h").help());
        assertFalse(of("validate", "--", "--help").help());
        assertEquals(Optional.of("a.json"), of("plan", "--pricing", "a.json").value("--pricing"));
        assertEquals(Optional.of("b.json"), of("plan", "--pricing=b.json").value("--pricing"));
        assertEquals(Optional.empty(), of("validate", "--", "--pricing", "c.json").value("--pricing"));
    }

    @Test
    void positionals_skipOptionsAndTheirValues() {
        // validate --format json --strict a.json --check=fees b.json: the files are a.json and b.json.
        assertEquals(List.of("a.json", "b.json"), of("validate", "--format", "json", "--strict", "a.json",
                "--check=fees", "b.json").positionals(Set.of("--format", "--check")));
    }
}
