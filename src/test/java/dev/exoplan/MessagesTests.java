package dev.exoplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Japanese and English bundles ({@code messages_ja.properties}, {@code messages_en.properties}) say
 * the same things: the same keys — output, messages and help alike — and no empty text.
 */
class MessagesTests {

    private static final String EN = "/dev/exoplan/messages_en.properties";
    private static final String JA = "/dev/exoplan/messages_ja.properties";

    /** A line of a help paragraph or footer that picocli prints as an empty line on purpose. */
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
