package dev.exoplan.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A language is equal to another of the same code and locale, as a record's generated equality was. */
class LanguageTests {

    @Test
    void aLanguageOfTheSameCodeAndLocale_isEqual_withTheSameHash() {
        Language english = new Language("en", Locale.US);
        assertEquals(Language.EN, english);
        assertEquals(Language.EN.hashCode(), english.hashCode());
        assertEquals(31 * "en".hashCode() + Locale.US.hashCode(), english.hashCode());
    }

    @Test
    void anotherCodeOrLocaleOrAnotherKind_isNotEqual() {
        assertNotEquals(Language.EN, Language.JA);
        assertNotEquals(Language.EN, new Language("en", Locale.UK));
        assertNotEquals(Language.EN, new Language("eo", Locale.US));
        assertNotEquals(Language.EN, (Object) "en");
        assertNotEquals(Language.EN, null);
    }
}
