package dev.exoplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.Bundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Japanese and English bundles ({@code messages_ja.properties}, {@code messages_en.properties}) say
 * the same things: the same keys — output, messages and help alike — with the same placeholders, and
 * no empty text.
 */
class MessagesTests {

    private static final String EN = "/dev/exoplan/messages_en.properties";
    private static final String JA = "/dev/exoplan/messages_ja.properties";

    /** A line of a help paragraph or footer that picocli prints as an empty line on purpose. */
    /** A MessageFormat argument: {@code {0}}, {@code {1,choice,…}}; help's {@code ${DEFAULT-VALUE}} is none. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{(\\d+)[,}]");

    private static final Pattern BLANK_LINE_ALLOWED = Pattern.compile(".*usage\\.(description|footer)\\.\\d+");

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothBundles_haveTheSameKeys() throws IOException {
        Properties en = load(EN);
        Properties ja = load(JA);
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()));
    }

    /** The argument numbers a pattern uses: {@code {1} の {0,choice,1#回|1<回}} uses 0 and 1. */
    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> used = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            used.add(Integer.valueOf(m.group(1)));
        }
        return used;
    }

    @Test
    void everyKey_usesTheSameArgumentsInBothBundles() throws IOException {
        Properties en = load(EN);
        Properties ja = load(JA);
        Map<String, String> differ = new TreeMap<>();
        for (String key : en.stringPropertyNames()) {
            if (ja.containsKey(key)) {
                Set<Integer> inEnglish = placeholders(en.getProperty(key));
                Set<Integer> inJapanese = placeholders(ja.getProperty(key));
                if (!inEnglish.equals(inJapanese)) {
                    differ.put(key, "en " + inEnglish + ", ja " + inJapanese);
                }
            }
        }
        assertEquals(Map.of(), differ);
    }

    /** A third language is one more file: whatever bundles the jar holds, each says what English says. */
    @Test
    void everyBundleFound_hasEnglishsKeysAndPlaceholders() throws IOException {
        List<Language> languages = Bundles.languages();
        assertEquals(List.of(Language.JA, Language.EN), languages.subList(0, 2));
        Properties en = load(EN);
        for (Language language : languages) {
            Properties other = load("/dev/exoplan/messages_" + language.code() + ".properties");
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                    language.code());
            for (String key : en.stringPropertyNames()) {
                assertEquals(placeholders(en.getProperty(key)), placeholders(other.getProperty(key)),
                        language.code() + " " + key);
            }
        }
    }

    @Test
    void placeholders_areFoundInPlainAndChoicePatterns() {
        assertEquals(Set.of(0, 2), placeholders("{0} to {2} ({2,choice,1#1 month|1<{2} months})"));
        assertEquals(Set.of(), placeholders("${DEFAULT-VALUE} and {\"id\": 1}"));
    }

    @Test
    void singleSessions_readTheSameInJapaneseWhateverTheirNumber() {
        // Japanese has no plural: the count {0} is named (so both bundles take the same arguments) but not shown.
        Catalogue ja = Catalogue.of(Language.JA);
        assertEquals("都度払い 3 回 × ¥80,000：¥240,000", ja.format("purchase.singles", 3, "3 回 × ¥80,000", "¥240,000"));
        assertEquals("都度払い ¥80,000：¥80,000", ja.format("purchase.singles", 1, "¥80,000", "¥80,000"));
    }

    @Test
    void bothBundles_holdTheHelpOfEveryCommand() throws IOException {
        for (String resource : new String[] {EN, JA}) {
            Properties messages = load(resource);
            for (String command : new String[] {"exoplan", "exoplan.plan", "exoplan.list", "exoplan.goals",
                "exoplan.methods", "exoplan.compare", "exoplan.quote", "exoplan.validate", "exoplan.schema",
                "exoplan.completion"}) {
                assertNotNull(messages.getProperty(command + ".usage.description.0"), resource + ": " + command);
            }
        }
    }

    /**
     * English help becomes the man pages, which groff renders in ASCII with its own escapes: a Japanese
     * word there is a warning and a blank (the English help describes Japanese forms in romaji instead).
     */
    @Test
    void englishHelp_hasNoJapaneseCharacters() throws IOException {
        Properties en = load(EN);
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("exoplan.")) {
                String text = en.getProperty(key);
                assertTrue(text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA), key + ": " + text);
            }
        }
    }

    @Test
    void noText_isEmpty() throws IOException {
        for (String resource : new String[] {EN, JA}) {
            Properties texts = load(resource);
            for (String key : texts.stringPropertyNames()) {
                if (!BLANK_LINE_ALLOWED.matcher(key).matches()) {
                    assertFalse(texts.getProperty(key).isBlank(), resource + ": " + key);
                }
            }
        }
    }
}
