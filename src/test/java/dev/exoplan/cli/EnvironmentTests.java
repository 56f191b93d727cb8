package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTests {

    @Test
    void lang_jaJP_isJapanese() {
        assertEquals("ja", Environment.locale(Map.of("LANG", "ja_JP.UTF-8"), Locale.US).getLanguage());
    }

    @Test
    void lcAll_winsOverLang() {
        assertEquals("en", Environment.locale(Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "ja_JP.UTF-8"), Locale.JAPAN)
                .getLanguage());
    }

    @Test
    void lcMessages_winsOverLang() {
        assertEquals("ja", Environment.locale(Map.of("LC_MESSAGES", "ja_JP.eucJP", "LANG", "en_US.UTF-8"), Locale.US)
                .getLanguage());
    }

    @Test
    void theCLocale_orNothingSet_keepsTheJvmsDefault() {
        assertEquals(Locale.JAPAN, Environment.locale(Map.of("LANG", "C.UTF-8"), Locale.JAPAN));
        assertEquals(Locale.JAPAN, Environment.locale(Map.of("LC_ALL", "POSIX"), Locale.JAPAN));
        assertEquals(Locale.US, Environment.locale(Map.of(), Locale.US));
    }

    @Test
    void anEmptyVariable_countsAsUnset() {
        assertEquals("ja", Environment.locale(Map.of("LC_ALL", "", "LANG", "ja_JP.UTF-8"), Locale.US).getLanguage());
    }

    private static Environment with(Map<String, String> variables) {
        return new Environment(Run.TODAY, variables, java.io.InputStream.nullInputStream(), Locale.US, false, false);
    }

    @Test
    void columns_isColumnsWhereSet_withinFortyAndTwoHundred() {
        assertEquals(60, with(Map.of("COLUMNS", "60")).columns());
        assertEquals(40, with(Map.of("COLUMNS", "12")).columns());
        assertEquals(200, with(Map.of("COLUMNS", "500")).columns());
    }

    @Test
    void columns_isEighty_withoutColumnsOrATerminal_orWhenColumnsIsNoNumber() {
        assertEquals(80, with(Map.of()).columns());
        assertEquals(80, with(Map.of("COLUMNS", "wide")).columns());
        assertEquals(80, with(Map.of("COLUMNS", "")).columns());
    }
}
